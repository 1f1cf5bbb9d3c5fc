import { UserEntity } from '../db/entities'
import type { Handler } from '../router/call-context'
import { deputyDto, deputyDtos } from './deputy-dto'
import { revokeDeputy, setDeputy } from './set-deputy'

const set: Handler<'deputies.set'> = (input, ctx) =>
  ctx.db.transaction(async (em) => deputyDto(em, await setDeputy(em, input, ctx)))

const revoke: Handler<'deputies.revoke'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    await revokeDeputy(em, input.id, ctx)
    return deputyDto(em, input.id)
  })

const list: Handler<'deputies.list'> = (_input, ctx) =>
  ctx.db.read((em) => deputyDtos(em, ctx.user.roles.includes('admin') ? null : ctx.user.id))

/** Whom a signer may name: active colleagues, by name only (need-to-know: no logins, no roles). */
const candidates: Handler<'deputies.candidates'> = (_input, ctx) =>
  ctx.db.read(async (em) => {
    const users = await em.getRepository(UserEntity).find({ order: { id: 'ASC' } })
    return users.filter((u) => !u.disabled && u.id !== ctx.user.id).map((u) => ({ id: u.id, name: u.name }))
  })

export const deputiesHandlers = {
  'deputies.set': set,
  'deputies.list': list,
  'deputies.revoke': revoke,
  'deputies.candidates': candidates,
}
