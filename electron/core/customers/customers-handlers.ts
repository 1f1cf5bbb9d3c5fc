import { api, type Access } from '../../../shared/api'
import { BANK_READERS, sees } from '../../../shared/need-to-know'
import type { RoleKey } from '../../../shared/roles'
import { customerFor } from '../auth/need-to-know'
import type { Handler, SignedInContext } from '../router/call-context'
import { customerContracts } from './customer-contracts'
import { customerDto } from './customer-dto'
import { listCustomerDtos } from './list-customers'
import { createCustomer, updateCustomer } from './save-customer'

/** The role the caller acts in for the audit trail (R21): the first they hold that the method admits. */
function actingRole(ctx: SignedInContext, access: Access): RoleKey | null {
  return typeof access === 'string' ? null : (access.find((r) => ctx.user.roles.includes(r)) ?? null)
}

// Need-to-know: every answer passes customerFor (bank details for finance, credit terms for sales, GM, finance).
const list: Handler<'customers.list'> = async (input, { db, user }) => {
  const page = await db.read((em) => listCustomerDtos(em, input.search, input.page, input.pageSize))
  return { ...page, rows: page.rows.map((c) => customerFor(user, c)) }
}

const get: Handler<'customers.get'> = async (input, { db, user }) => customerFor(user, await db.read((em) => customerDto(em, input.id)))

const contracts: Handler<'customers.contracts'> = (input, { db }) => db.read((em) => customerContracts(em, input.customerId, input.page, input.pageSize))

/** Create (R2: rating D, zero credit) or edit by id and version (optimistic lock); credit terms never change here. */
const save: Handler<'customers.save'> = async (input, ctx) => {
  const saved = await ctx.db.transaction((em) => {
    const actor = { at: ctx.at, user: ctx.user, role: actingRole(ctx, api['customers.save'].access) }
    return input.id === undefined || input.version === undefined
      ? createCustomer(em, input, actor)
      : updateCustomer(em, input.id, input.version, input, actor, sees(ctx.user.roles, BANK_READERS))
  })
  return customerFor(ctx.user, saved)
}

export const customersHandlers = {
  'customers.list': list,
  'customers.get': get,
  'customers.contracts': contracts,
  'customers.save': save,
}
