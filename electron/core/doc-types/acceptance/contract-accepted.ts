import type { EntityManager } from 'typeorm'
import { readRows } from '../../db/driver-query'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { advanceDocument } from '../../workflow/advance'
import type { ActionContext } from '../../workflow/document-kind'

// R13: the contract is 已验收 when every line is accepted — state data, derived like 部分发货/已发货: a line's
// accepted quantity is the sum over recorded (approved) acceptance reports of its lines that passed both
// checks (a failed line counts once its re-acceptance passes). Every line fully accepted implies every line
// shipped, so only a 已发货 contract can move. Nothing moves it back: a recorded report is never voided, and
// a work order or outbound slip it rests on cannot be voided while the report stands (R24).

/** Per contract line: its quantity, and what recorded reports accepted (passed both checks). */
export const CONTRACT_ACCEPTANCE_SQL = `SELECT cl.line_no, cl.quantity,
    (SELECT coalesce(sum(l.quantity), 0) FROM acceptances a JOIN documents ad ON ad.id = a.document_id JOIN acceptance_lines l ON l.document_id = a.document_id
     WHERE a.contract_id = cl.document_id AND ad.state = 'approved' AND l.contract_line_no = cl.line_no AND l.appearance_ok <> 0 AND l.function_ok <> 0) AS accepted
  FROM contract_lines cl WHERE cl.document_id = :contractId ORDER BY cl.line_no`

export async function everyLineAccepted(em: EntityManager, contractId: number): Promise<boolean> {
  const rows = await readRows<{ quantity: number | string; accepted: number | string }>(em, CONTRACT_ACCEPTANCE_SQL, { contractId })
  return rows.length > 0 && rows.every((r) => Number(r.accepted) >= Number(r.quantity))
}

/** After a report is recorded: a shipped contract whose every line is now accepted moves to 已验收. */
export async function moveContractIfAccepted(em: EntityManager, contractId: number, ctx: ActionContext): Promise<void> {
  const contract = await loadDocumentToDecide(em, contractId)
  if (contract.state !== 'shipped' || contract.closedAt) return
  if (await everyLineAccepted(em, contractId)) await advanceDocument(em, contract, 'accepted', ctx, 'acceptance')
}
