import type { EntityManager } from 'typeorm'
import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import type { DispatchableLineDto } from '../../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { AppError } from '../../../../shared/errors'
import { readRows } from '../../db/driver-query'
import { findRowByOrFail, findRowsBy } from '../../db/find-rows'
import type { DocumentRow } from '../../db/entities'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { ContractEntity, ContractLineEntity, type ContractRow } from '../contract/contract-entities'
import { stockFigures } from './dispatch-stock'

// R8 and WORKFLOW.md Definitions: a contract line's remaining = its quantity − quantities on live (not
// voided) dispatch notes made from it. A note that has expired (by its state, or by its date while still
// approved) can never ship the rest, so only what it posted counts.

/** The contract, locked (two notes for it are checked one after the other), and signed. */
export async function signedContractForDispatch(em: EntityManager, contractId: number): Promise<{ doc: DocumentRow; contract: ContractRow }> {
  const doc = await loadDocumentToDecide(em, contractId)
  if (doc.docType !== 'contract') throw new AppError('DOCUMENT_NOT_FOUND')
  if (!(SIGNED_CONTRACT_STATES as readonly string[]).includes(doc.state) || doc.closedAt)
    throw new AppError('CONTRACT_NOT_SIGNED_FOR_DISPATCH', `合同 ${doc.docNo} 尚未签订（或已关闭），不能开发货单`)
  return { doc, contract: await findRowByOrFail(em, ContractEntity, { documentId: doc.id }) }
}

/** Quantity per contract line on live dispatch notes other than `excludeNoteId`. */
export const DISPATCHED_BY_LINE_SQL = `SELECT l.contract_line_no, sum(CASE WHEN d.state = 'expired' OR (d.state IN ('approved', 'partlyPosted') AND n.valid_until < :today)
      THEN l.posted_quantity ELSE l.quantity END) AS quantity
  FROM dispatch_notes n JOIN documents d ON d.id = n.document_id JOIN dispatch_note_lines l ON l.document_id = n.document_id
  WHERE n.contract_id = :contractId AND d.state <> 'voided' AND n.document_id <> :exclude
  GROUP BY l.contract_line_no`

/** Each contract line with what is on other live notes, what remains, and the stock that could fill it. */
export async function dispatchableLines(em: EntityManager, contractId: number, today: string, excludeNoteId = 0): Promise<Array<DispatchableLineDto & { unitPriceFen: number }>> {
  const lines = await findRowsBy(em, ContractLineEntity, { documentId: contractId }, { lineNo: 'ASC' })
  const on = await readRows<{ contract_line_no: number; quantity: number | string }>(em, DISPATCHED_BY_LINE_SQL, { contractId, today, exclude: excludeNoteId })
  const byLine = new Map(on.map((r) => [Number(r.contract_line_no), Number(r.quantity)]))
  const stock = await stockFigures(em, lines.map((l) => l.productId), today, excludeNoteId)
  return lines.map((l) => {
    const dispatched = byLine.get(l.lineNo) ?? 0
    const s = stock.get(l.productId) ?? { onHand: 0, reserved: 0, available: 0 }
    const remaining = l.quantity - dispatched
    return {
      contractLineNo: l.lineNo, productId: l.productId, productCode: l.productCode, productName: l.productName, spec: l.spec, unit: l.unit,
      contractQuantity: l.quantity, dispatchedQuantity: dispatched, remaining, onHand: s.onHand, reserved: s.reserved, available: s.available,
      suggested: Math.max(0, Math.min(remaining, s.available)), unitPriceFen: l.unitPriceFen,
    }
  })
}

/** R8: each quantity ≤ what its contract line still lacks after the other live notes; refused with the figures. */
export function assertWithinContract(remaining: readonly DispatchableLineDto[], lines: ReadonlyArray<{ contractLineNo: number; quantity: number }>, contractNo: string): void {
  for (const line of lines) {
    const r = remaining.find((x) => x.contractLineNo === line.contractLineNo)
    if (!r) throw new AppError('DISPATCH_LINE_UNKNOWN')
    if (line.quantity > r.remaining)
      throw new AppError(
        'DISPATCH_OVER_CONTRACT',
        `${r.productName}（${r.productCode}）合同 ${contractNo} 数量 ${r.contractQuantity} ${r.unit}，其他发货单已开 ${r.dispatchedQuantity}，尚可发货 ${r.remaining}，本单 ${line.quantity}，请减少数量`,
        { contractLineNo: r.contractLineNo, remaining: r.remaining, quantity: line.quantity },
      )
  }
}
