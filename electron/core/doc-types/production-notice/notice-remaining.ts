import type { EntityManager } from 'typeorm'
import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import type { NoticeRemainingLineDto, PrepaymentStatusDto } from '../../../../shared/doc-types/production-notice/production-notice-body'
import { AppError } from '../../../../shared/errors'
import { formatYuan } from '../../../../shared/money'
import { readRows } from '../../db/driver-query'
import type { DocumentRow } from '../../db/entities'
import { findRowByOrFail, findRowsBy } from '../../db/find-rows'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { ContractEntity, ContractLineEntity, type ContractRow } from '../contract/contract-entities'
import { collectedFen, prepaymentReceived } from '../payment/contract-money'

// R6 and WORKFLOW.md Definitions: a contract line's remaining = its quantity − quantities on live (not
// voided) production notices made from the contract; the prepayment gate.

/** The contract, locked (two notices for it are checked one after the other), and signed. */
export async function signedContract(em: EntityManager, contractId: number): Promise<{ doc: DocumentRow; contract: ContractRow }> {
  const doc = await loadDocumentToDecide(em, contractId)
  if (doc.docType !== 'contract') throw new AppError('DOCUMENT_NOT_FOUND')
  if (!(SIGNED_CONTRACT_STATES as readonly string[]).includes(doc.state) || doc.closedAt)
    throw new AppError('CONTRACT_NOT_SIGNED_FOR_NOTICE', `合同 ${doc.docNo} 尚未签订（或已关闭），不能编制生产通知单`)
  return { doc, contract: await findRowByOrFail(em, ContractEntity, { documentId: doc.id }) }
}

/** Each contract line with what is already on live notices (other than `excludeNoticeId`). */
export async function remainingLines(em: EntityManager, contractId: number, excludeNoticeId = 0): Promise<NoticeRemainingLineDto[]> {
  const lines = await findRowsBy(em, ContractLineEntity, { documentId: contractId }, { lineNo: 'ASC' })
  const noticed = await readRows<{ contract_line_no: number; quantity: number | string }>(
    em,
    `SELECT nl.contract_line_no, sum(nl.quantity) AS quantity
     FROM production_notices n JOIN documents d ON d.id = n.document_id JOIN production_notice_lines nl ON nl.document_id = n.document_id
     WHERE n.contract_id = :contractId AND d.state <> 'voided' AND n.document_id <> :exclude
     GROUP BY nl.contract_line_no`,
    { contractId, exclude: excludeNoticeId },
  )
  const byLine = new Map(noticed.map((r) => [Number(r.contract_line_no), Number(r.quantity)]))
  return lines.map((l) => {
    const on = byLine.get(l.lineNo) ?? 0
    return {
      contractLineNo: l.lineNo, productId: l.productId, productCode: l.productCode, productName: l.productName, spec: l.spec, unit: l.unit,
      contractQuantity: l.quantity, noticedQuantity: on, remaining: l.quantity - on,
    }
  })
}

/** R6: each requested quantity ≤ what its contract line still lacks; refused with the figures. */
export function assertWithinContract(remaining: NoticeRemainingLineDto[], lines: ReadonlyArray<{ contractLineNo: number; quantity: number }>, contractNo: string): void {
  for (const line of lines) {
    const r = remaining.find((x) => x.contractLineNo === line.contractLineNo)
    if (!r) throw new AppError('NOTICE_LINE_UNKNOWN')
    if (line.quantity > r.remaining)
      throw new AppError(
        'NOTICE_OVER_CONTRACT',
        `${r.productName}（${r.productCode}）合同 ${contractNo} 数量 ${r.contractQuantity} ${r.unit}，其他通知单已排 ${r.noticedQuantity}，尚可排产 ${r.remaining}，本单 ${line.quantity}，请减少数量`,
        { contractLineNo: r.contractLineNo, remaining: r.remaining, quantity: line.quantity },
      )
  }
}

export async function prepaymentStatus(em: EntityManager, contract: ContractRow): Promise<PrepaymentStatusDto> {
  const collected = await collectedFen(em, contract.documentId)
  return { requiredFen: contract.prepaymentFen, receivedFen: collected, received: prepaymentReceived(contract, collected) }
}

/** R6: no notice before the prepayment the contract asks for is received — exactly at it is received. */
export async function assertPrepaymentReceived(em: EntityManager, contract: ContractRow, contractNo: string): Promise<void> {
  const status = await prepaymentStatus(em, contract)
  if (!status.received)
    throw new AppError(
      'PREPAYMENT_NOT_RECEIVED',
      `合同 ${contractNo} 应收预付款 ¥${formatYuan(status.requiredFen)}，已到 ¥${formatYuan(status.receivedFen)}，尚差 ¥${formatYuan(status.requiredFen - status.receivedFen)}；预付款到齐后才能下达生产通知单`,
      { requiredFen: status.requiredFen, receivedFen: status.receivedFen },
    )
}
