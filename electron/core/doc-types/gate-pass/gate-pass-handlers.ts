import type { Handler } from '../../router/call-context'
import { documentView } from '../../workflow/document-view'
import { gatePassKind } from './gate-pass-kind'
import { registerGatePass } from './register-gate-pass'

const register: Handler<'gatePasses.register'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, gatePassKind, await registerGatePass(em, input, ctx), ctx))

export const gatePassHandlers = { 'gatePasses.register': register }
