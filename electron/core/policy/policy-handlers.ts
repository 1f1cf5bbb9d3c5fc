import { api, type Access } from '../../../shared/api'
import type { RoleKey } from '../../../shared/roles'
import type { Handler, SignedInContext } from '../router/call-context'
import { issuePriceList } from './issue-price-list'
import { priceListRowInForce } from './price-list-in-force'
import { listPriceListSummaries, priceListDto } from './price-list-dto'
import { listProductDtos } from './product-dto'
import { saveProduct } from './save-product'
import { assertCalendarDay, shanghaiToday } from './shanghai-day'

/** The role the caller acts in for the audit trail (R21): the first they hold that the method admits. */
function actingRole(ctx: SignedInContext, access: Access): RoleKey | null {
  return typeof access === 'string' ? null : (access.find((r) => ctx.user.roles.includes(r)) ?? null)
}

const listProducts: Handler<'products.list'> = (input, { db }) => db.read((em) => listProductDtos(em, input.includeInactive, input.search))

const saveProductHandler: Handler<'products.save'> = (input, ctx) =>
  ctx.db.transaction((em) =>
    saveProduct(em, input, { at: ctx.at, user: ctx.user, role: actingRole(ctx, api['products.save'].access) }),
  )

const listPriceLists: Handler<'priceLists.list'> = (_input, ctx) => ctx.db.read((em) => listPriceListSummaries(em, shanghaiToday(ctx.at)))

const getPriceList: Handler<'priceLists.get'> = (input, ctx) => ctx.db.read((em) => priceListDto(em, input.id, shanghaiToday(ctx.at)))

/** R1: the version in force on a day (today when omitted); null before the first issue. */
const inForce: Handler<'priceLists.inForce'> = (input, ctx) => {
  const today = shanghaiToday(ctx.at)
  const day = input.on ?? today
  assertCalendarDay(day, 'on')
  return ctx.db.read(async (em) => {
    const row = await priceListRowInForce(em, day)
    return row ? priceListDto(em, row.id, today) : null
  })
}

/** R1: only the general manager issues (the router enforces the role from shared/api). */
const issue: Handler<'priceLists.issue'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const today = shanghaiToday(ctx.at)
    const id = await issuePriceList(em, input, { at: ctx.at, user: ctx.user, today })
    return priceListDto(em, id, today)
  })

export const policyHandlers = {
  'products.list': listProducts,
  'products.save': saveProductHandler,
  'priceLists.list': listPriceLists,
  'priceLists.get': getPriceList,
  'priceLists.inForce': inForce,
  'priceLists.issue': issue,
}
