import type { EntityManager } from 'typeorm'
import { AppError } from '../../../../shared/errors'
import { readRows } from '../../db/driver-query'
import type { DocumentRow } from '../../db/entities'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { slipOf } from './post-outbound'

/**
 * R24 with R13: a posted slip of a contract the customer has accepted (已验收) is not voided. Its goods were
 * installed and accepted on site; taking them back out of the books would leave the contract accepted for
 * more than was shipped, and the contract has no way back from 已验收 (nothing moves it back: contract-accepted.ts).
 * Usually a work order holds the slip by a link already (R24 VOID_NOT_ALLOWED); this stops the rest — a slip
 * no work order links (one approved before slips were linked at approval). The contract is locked first, as
 * moveContract would.
 */
export async function assertContractNotAccepted(em: EntityManager, slipDoc: DocumentRow): Promise<void> {
  const slip = await slipOf(em, slipDoc)
  const contract = await loadDocumentToDecide(em, slip.contractId)
  if (contract.state !== 'accepted') return
  const reports = await readRows<{ doc_no: string }>(
    em,
    `SELECT d.doc_no FROM acceptances a JOIN documents d ON d.id = a.document_id WHERE a.contract_id = :id AND d.state = 'approved' ORDER BY d.id`,
    { id: contract.id },
  )
  throw new AppError(
    'OUTBOUND_CONTRACT_ACCEPTED',
    `合同 ${contract.docNo} 已验收（验收报告 ${reports.map((r) => r.doc_no).join('、')}），客户已验收全部货物，出库单 ${slipDoc.docNo} 不能作废；货物如有问题请走售后整改`,
    { contractNo: contract.docNo, acceptances: reports.map((r) => r.doc_no) },
  )
}
