import type { EntityManager } from 'typeorm'
import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import type { InvoiceFiguresDto } from '../../../../shared/doc-types/invoice/invoice-body'
import { AppError } from '../../../../shared/errors'
import { fenFromDatabase, formatYuan } from '../../../../shared/money'
import { ratioText } from '../../../../shared/percent'
import { readRows } from '../../db/driver-query'
import type { DocumentRow } from '../../db/entities'
import { findRowByOrFail } from '../../db/find-rows'
import { shippedFenSql } from '../../ledger/contract-money'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { ContractEntity, type ContractRow } from '../contract/contract-entities'
import { collectedAtLeast, collectedFen } from '../payment/contract-money'
import { invoicedFenSql } from './invoiced-sql'
import { thresholdInForce } from './invoice-threshold'

// R15 and WORKFLOW.md Definitions: the figures an invoice request is decided on, all read from the real
// tables: 已回款 (the payment folder's one computation), 已发货 (the ledger's), 已开票 (recorded −
// red-letter) and what live requests without an invoice yet already ask for.

const yuan = (fen: number) => `¥${formatYuan(fen)}`

/** The contract, locked (two requests on it are decided one after the other), signed and open. */
export async function contractToInvoice(em: EntityManager, contractId: number): Promise<{ doc: DocumentRow; contract: ContractRow }> {
  const doc = await loadDocumentToDecide(em, contractId)
  if (doc.docType !== 'contract') throw new AppError('DOCUMENT_NOT_FOUND')
  if (!(SIGNED_CONTRACT_STATES as readonly string[]).includes(doc.state) || doc.closedAt)
    throw new AppError('INVOICE_CONTRACT_NOT_SIGNED', `合同 ${doc.docNo} 尚未签订（或已关闭），不能申请开票`)
  return { doc, contract: await findRowByOrFail(em, ContractEntity, { documentId: doc.id }) }
}

interface Raw { shipped: number | string; invoiced: number | string; requested: number | string }

/** The contract's invoicing figures against the threshold in force on `day`, leaving out request `excludeRequestId`. */
export async function invoiceFigures(em: EntityManager, doc: DocumentRow, contract: ContractRow, day: string, excludeRequestId = 0): Promise<InvoiceFiguresDto> {
  const [row] = await readRows<Raw>(
    em,
    `SELECT ${shippedFenSql('c')} AS shipped, ${invoicedFenSql('c')} AS invoiced,
       (SELECT COALESCE(SUM(ir.amount_fen), 0) FROM invoice_requests ir JOIN documents rd ON rd.id = ir.document_id
        WHERE ir.contract_id = c.document_id AND rd.state IN ('pending', 'approved') AND ir.document_id <> :exclude) AS requested
     FROM contracts c WHERE c.document_id = :id`,
    { id: contract.documentId, exclude: excludeRequestId },
  )
  const shippedFen = fenFromDatabase(row?.shipped ?? 0) ?? 0
  const invoicedFen = fenFromDatabase(row?.invoiced ?? 0) ?? 0
  const requestedFen = fenFromDatabase(row?.requested ?? 0) ?? 0
  const collected = await collectedFen(em, contract.documentId)
  const threshold = await thresholdInForce(em, day)
  const claimed = invoicedFen + requestedFen
  return {
    contractId: doc.id, contractNo: doc.docNo, customerName: doc.customerName ?? '', amountFen: contract.amountFen, collectedFen: collected,
    shippedFen, invoicedFen, requestedFen, thresholdPercent: threshold.percent, thresholdVersion: threshold.versionNo,
    thresholdMet: collectedAtLeast(contract, collected, threshold.percent),
    availableFen: Math.max(0, Math.min(shippedFen - claimed, contract.amountFen - claimed)),
  }
}

/**
 * R15: a request of `amountFen` on these figures: the contract collected to the threshold (integers:
 * collected × 100 ≥ amount × percent), the invoiced total within the contract, and within what is
 * shipped and not yet invoiced. Each refusal names its figures.
 */
export function assertInvoiceable(f: InvoiceFiguresDto, amountFen: number): void {
  if (!f.thresholdMet)
    throw new AppError(
      'INVOICE_THRESHOLD_NOT_MET',
      `合同 ${f.contractNo} 已回款 ${ratioText(f.collectedFen, f.amountFen)}，未达开票条件 ${f.thresholdPercent}%（合同金额 ${yuan(f.amountFen)}，已回款 ${yuan(f.collectedFen)}）`,
      { collectedFen: f.collectedFen, amountFen: f.amountFen, thresholdPercent: f.thresholdPercent },
    )
  const claimed = f.invoicedFen + f.requestedFen
  if (claimed + amountFen > f.amountFen)
    throw new AppError(
      'INVOICE_OVER_CONTRACT',
      `合同 ${f.contractNo} 金额 ${yuan(f.amountFen)}，已开票 ${yuan(f.invoicedFen)}，申请中 ${yuan(f.requestedFen)}，尚可开票 ${yuan(Math.max(0, f.amountFen - claimed))}，本次 ${yuan(amountFen)}：开票总额不能超过合同金额`,
      { amountFen: f.amountFen, invoicedFen: f.invoicedFen, requestedFen: f.requestedFen, askedFen: amountFen },
    )
  if (claimed + amountFen > f.shippedFen)
    throw new AppError(
      'INVOICE_OVER_SHIPPED',
      `合同 ${f.contractNo} 已发货 ${yuan(f.shippedFen)}，已开票 ${yuan(f.invoicedFen)}，申请中 ${yuan(f.requestedFen)}，已发货未开票 ${yuan(Math.max(0, f.shippedFen - claimed))}，本次 ${yuan(amountFen)}`,
      { shippedFen: f.shippedFen, invoicedFen: f.invoicedFen, requestedFen: f.requestedFen, askedFen: amountFen },
    )
}
