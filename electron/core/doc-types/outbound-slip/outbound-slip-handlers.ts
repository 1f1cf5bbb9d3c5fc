import type { Handler } from '../../router/call-context'
import { documentView } from '../../workflow/document-view'
import { postOutboundSlip, prepareOutbound } from './create-outbound'
import { outboundSlipKind } from './outbound-slip-kind'
import { signBackHandlers } from './sign-back/sign-back-handlers'

const post: Handler<'outboundSlips.post'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, outboundSlipKind, await postOutboundSlip(em, input, ctx), ctx))

// A transaction, not a read: the note is locked as for posting (its checks are the same).
const prepare: Handler<'outboundSlips.prepare'> = ({ dispatchNoteId }, ctx) => ctx.db.transaction((em) => prepareOutbound(em, dispatchNoteId, ctx.at))

export const outboundSlipHandlers = { 'outboundSlips.post': post, 'outboundSlips.prepare': prepare, ...signBackHandlers }
