import type { Handler } from '../../router/call-context'
import { proposeCreditChange } from './propose-credit-change'

const propose: Handler<'creditChanges.propose'> = (input, ctx) => ctx.db.transaction((em) => proposeCreditChange(em, input, ctx))

export const creditChangeHandlers = {
  'creditChanges.propose': propose,
}
