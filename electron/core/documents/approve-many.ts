import type { BatchApproveOutcome } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { kindOf } from '../doc-types/registry'
import type { Handler } from '../router/call-context'
import { applyAction, loadDocument, loadDocumentToDecide } from '../workflow/apply-action'

/**
 * 批量同意 (issue 10): the documents a signer selected in 待办, approved one by one through the same path
 * as a single 同意 (applyAction: version, role, R20, 代理, the type's rules), each in its own transaction,
 * so one refusal leaves the others' approvals standing and itself changes nothing. The answer lists every
 * document, in the order given, with the refusal's code and message where there was one. Only refusals
 * (AppError) are collected: anything else is a fault and ends the call as it would a single action.
 */
export const approveMany: Handler<'documents.approveMany'> = async (input, ctx) => {
  const outcomes: BatchApproveOutcome[] = []
  for (const item of input.items) {
    let docNo: string | null = null
    try {
      const state = await ctx.db.transaction(async (em) => {
        const doc = await loadDocumentToDecide(em, item.id)
        docNo = doc.docNo
        await applyAction(em, kindOf(doc.docType), doc, { version: item.version, action: 'approve', comment: input.comment }, ctx)
        return (await loadDocument(em, doc.id)).state
      })
      outcomes.push({ id: item.id, docNo, ok: true, state })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      outcomes.push({ id: item.id, docNo, ok: false, code: error.code, message: error.message })
    }
  }
  return outcomes
}
