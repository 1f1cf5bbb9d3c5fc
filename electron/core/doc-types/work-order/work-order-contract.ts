import type { EntityManager } from 'typeorm'
import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import type { FirstPaymentDto, InstallableLineDto } from '../../../../shared/doc-types/work-order/work-order-body'
import { AppError } from '../../../../shared/errors'
import { formatYuan } from '../../../../shared/money'
import { readRows } from '../../db/driver-query'
import type { DocumentRow } from '../../db/entities'
import { findRowByOrFail, findRowsBy } from '../../db/find-rows'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { ContractEntity, ContractLineEntity, type ContractRow } from '../contract/contract-entities'
import { contractMoney } from '../payment/contract-money'

// R12 and WORKFLOW.md Definitions: a work order installs what has left the works on the contract's posted
// outbound slips (dispatch_note_lines.posted_quantity, kept with each posting and void), less what other
// live work orders already send installers for; and only once the first payment (首期款) has arrived.

/** Shipped per contract line: posted on the contract's dispatch notes (R10). */
export const SHIPPED_BY_LINE_SQL = `SELECT l.contract_line_no, sum(l.posted_quantity) AS quantity
  FROM dispatch_note_lines l JOIN dispatch_notes n ON n.document_id = l.document_id
  WHERE n.contract_id = :contractId GROUP BY l.contract_line_no`

/** On live (not voided) work orders of the contract, other than `exclude`, per contract line. */
export const ORDERED_BY_LINE_SQL = `SELECT l.contract_line_no, sum(l.quantity) AS quantity
  FROM work_orders w JOIN documents d ON d.id = w.document_id JOIN work_order_lines l ON l.document_id = w.document_id
  WHERE w.contract_id = :contractId AND d.state <> 'voided' AND w.document_id <> :exclude GROUP BY l.contract_line_no`

/**
 * The contract, locked (two work orders for it are checked one after the other), signed, needing
 * installation, with something shipped. Each refusal with its own code.
 */
export async function installableContract(em: EntityManager, contractId: number): Promise<{ doc: DocumentRow; contract: ContractRow }> {
  const doc = await loadDocumentToDecide(em, contractId)
  if (doc.docType !== 'contract') throw new AppError('DOCUMENT_NOT_FOUND')
  if (!(SIGNED_CONTRACT_STATES as readonly string[]).includes(doc.state) || doc.closedAt)
    throw new AppError('WORK_ORDER_CONTRACT_NOT_SIGNED', `合同 ${doc.docNo} 尚未签订（或已关闭），不能开派工单`)
  const contract = await findRowByOrFail(em, ContractEntity, { documentId: doc.id })
  if (!contract.installationNeeded)
    throw new AppError('WORK_ORDER_NO_INSTALLATION', `合同 ${doc.docNo} 申报时未选择“需要安装”，不能开派工单；如需安装请与销售经理联系`)
  if (doc.state !== 'partlyShipped' && doc.state !== 'shipped')
    throw new AppError('WORK_ORDER_NOTHING_SHIPPED', `合同 ${doc.docNo} 尚无已出库的货物（状态：未发货），货物出库后才能开派工单`)
  return { doc, contract }
}

const byLine = (rows: Array<{ contract_line_no: number; quantity: number | string | null }>) =>
  new Map(rows.map((r) => [Number(r.contract_line_no), Number(r.quantity ?? 0)]))

/** Each contract line with what was shipped, what other live work orders hold, and what remains to install. */
export async function installableLines(em: EntityManager, contractId: number, excludeOrderId = 0): Promise<InstallableLineDto[]> {
  const lines = await findRowsBy(em, ContractLineEntity, { documentId: contractId }, { lineNo: 'ASC' })
  const shipped = byLine(await readRows(em, SHIPPED_BY_LINE_SQL, { contractId }))
  const ordered = byLine(await readRows(em, ORDERED_BY_LINE_SQL, { contractId, exclude: excludeOrderId }))
  return lines.map((l) => {
    const s = shipped.get(l.lineNo) ?? 0
    const o = ordered.get(l.lineNo) ?? 0
    return {
      contractLineNo: l.lineNo, productId: l.productId, productCode: l.productCode, productName: l.productName, spec: l.spec, unit: l.unit,
      contractQuantity: l.quantity, shippedQuantity: s, orderedQuantity: o, remaining: Math.max(0, s - o),
    }
  })
}

/** R12: each quantity ≤ shipped less other live work orders; refused with the figures. */
export function assertWithinShipped(installable: readonly InstallableLineDto[], lines: ReadonlyArray<{ contractLineNo: number; quantity: number }>, contractNo: string): void {
  for (const line of lines) {
    const r = installable.find((x) => x.contractLineNo === line.contractLineNo)
    if (!r) throw new AppError('WORK_ORDER_LINE_UNKNOWN')
    if (line.quantity > r.remaining)
      throw new AppError(
        'WORK_ORDER_OVER_SHIPPED',
        `${r.productName}（${r.productCode}）合同 ${contractNo} 已出库 ${r.shippedQuantity} ${r.unit}，其他派工单已派 ${r.orderedQuantity}，尚可派工 ${r.remaining}，本单 ${line.quantity}，请减少数量`,
        { contractLineNo: r.contractLineNo, remaining: r.remaining, quantity: line.quantity },
      )
  }
}

export async function firstPaymentOf(em: EntityManager, contract: ContractRow): Promise<FirstPaymentDto> {
  const money = await contractMoney(em, contract)
  return { requiredFen: money.firstPaymentFen, receivedFen: money.collectedFen, received: money.firstPaymentReceived }
}

/** R12: no work order while the first payment has not arrived — allowed the moment it has (to the fen). */
export async function assertFirstPaymentReceived(em: EntityManager, contract: ContractRow, contractNo: string): Promise<void> {
  const first = await firstPaymentOf(em, contract)
  if (!first.received)
    throw new AppError(
      'FIRST_PAYMENT_MISSING',
      `合同 ${contractNo} 首期款应收 ¥${formatYuan(first.requiredFen)}，已到账 ¥${formatYuan(first.receivedFen)}，尚差 ¥${formatYuan(first.requiredFen - first.receivedFen)}；首期款到账后才能开派工单`,
      { requiredFen: first.requiredFen, receivedFen: first.receivedFen },
    )
}

/**
 * R24: the posted (not voided) outbound slips of the contract — the goods a new work order installs. It is
 * made from them as well as from the contract, so voiding one is refused while the work order is live.
 * Slips posted later are linked when the draft is saved, submitted and approved (work-order-slips.ts).
 */
export async function postedSlipIds(em: EntityManager, contractId: number): Promise<number[]> {
  const rows = await readRows<{ id: number }>(
    em,
    `SELECT o.document_id AS id FROM outbound_slips o JOIN documents d ON d.id = o.document_id WHERE o.contract_id = :contractId AND d.state = 'approved' ORDER BY o.document_id`,
    { contractId },
  )
  return rows.map((r) => Number(r.id))
}
