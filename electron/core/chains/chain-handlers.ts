import type { Handler } from '../router/call-context'
import { loadAllChains } from '../workflow/definitions-store'
import { chainDto } from './chain-dto'
import { saveChain } from './save-chain'

/** Everyone may read the chains (a drafter sees who will sign); only the administrator changes them. */
const list: Handler<'workflow.list'> = (_input, ctx) => ctx.db.read(async (em) => (await loadAllChains(em)).map(chainDto))

const save: Handler<'workflow.save'> = (input, ctx) => ctx.db.transaction((em) => saveChain(em, input, ctx))

export const chainHandlers = {
  'workflow.list': list,
  'workflow.save': save,
}
