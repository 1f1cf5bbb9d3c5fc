import { createHash } from 'node:crypto'
import type { RoleKey } from '../../../shared/roles'
import { atMinute, dayFromText, dayText, iso, MINUTE, momentOn, nextWorkday, yearOf } from '../calendar'
import { catalog, floorOf } from '../catalog'
import { WeightedIndex, zipfWeights, type Random } from '../random'
import type { RosterPerson } from '../roster'
import { COMPANY_NAME } from '../texts'
import type { BulkEngine, Person } from './bulk-engine'
import { People, type OfficeContext, type PolicyVersion, type ProductFile } from './office-context'
import type { OfficeRows } from './office-rows'

// The first morning of the office, as system.setup, users.create, users.setManager, auth.login and
// auth.changePassword would leave it; then the catalogue (products.save) and the sales policy
// (priceLists.issue), a new version every half year with the odd new product.

const AUTHORITIES = [{ role: 'sales_manager', maxBelowFloorBps: 500 }, { role: 'general_manager', maxBelowFloorBps: null }] as const
const LATER_PRODUCTS = 30

function token(login: string, n: number): string {
  return createHash('sha256').update(`seed-session:${login}:${n}`).digest('hex')
}

/** Everyone signs in once and sets the shared seed password, as a new office would on day one. */
export function seatPeople(rows: OfficeRows, engine: BulkEngine, roster: RosterPerson[], passwordHash: string, day0: number): People {
  let clock = atMinute(day0, 8 * 60 + 30)
  const tick = () => iso((clock += 2 * MINUTE))
  const people: Person[] = []
  const add = (r: RosterPerson, at: string, mustChange: number) => {
    const id = rows.user({ name: r.name, login: r.login, loginKey: r.login.toLowerCase(), passwordHash, mustChangePassword: mustChange, disabled: 0,
      failedAttempts: 0, lockedUntil: null, createdAt: at, updatedAt: at, version: 1, managerUserId: null })
    for (const role of new Set(r.roles)) rows.userRole(id, role)
    const person: Person = { id, name: r.name, login: r.login, roles: [...r.roles].sort() as RoleKey[], managerUserId: null }
    people.push(person)
    return person
  }
  const [first, ...others] = roster
  if (!first?.roles.includes('admin')) throw new Error('the roster must start with the administrator')
  const setupAt = iso(clock)
  rows.setting('company.name', COMPANY_NAME)
  const admin = add(first, setupAt, 0)
  engine.audit(setupAt, admin, null, 'user.create', admin.id, null, null, null, null, JSON.stringify({ login: first.login, roles: first.roles }), 'user')
  engine.audit(setupAt, admin, 'admin', 'system.setup', null, null, null, null, null, JSON.stringify({ companyName: COMPANY_NAME }), 'settings')
  rows.session({ tokenHash: token(first.login, 0), userId: admin.id, createdAt: setupAt, lastSeenAt: setupAt, endedAt: null })
  for (const r of others) {
    const at = tick()
    const p = add(r, at, 1)
    engine.audit(at, admin, 'admin', 'user.create', p.id, null, null, null, null, JSON.stringify({ login: r.login, roles: r.roles }), 'user')
  }
  for (const r of others.filter((x) => x.managerLogin)) {
    const at = tick()
    const p = people.find((x) => x.login === r.login)!
    p.managerUserId = people.find((x) => x.login === r.managerLogin)!.id
    rows.updateUser({ id: p.id, mustChangePassword: 1, managerUserId: p.managerUserId, at })
    engine.audit(at, admin, 'admin', 'user.setManager', p.id, null, null, null, null, JSON.stringify({ managerUserId: p.managerUserId }), 'user')
  }
  for (const p of people.slice(1)) {
    const at = tick()
    rows.session({ tokenHash: token(p.login, 1), userId: p.id, createdAt: at, lastSeenAt: at, endedAt: null })
    engine.audit(at, p, null, 'login', p.id, null, null, null, null, null, 'user')
    rows.updateUser({ id: p.id, mustChangePassword: 0, managerUserId: p.managerUserId, at })
    engine.audit(at, p, null, 'password.change', p.id, null, null, null, null, null, 'user')
  }
  // The general manager signs most approvals; the deputy who also holds the post, now and then.
  return new People(people, (p, role) => (role === 'general_manager' && p.roles.length === 1 ? 6 : 1))
}

function createProduct(ctx: OfficeContext, admin: Person, atMs: number, p: ReturnType<typeof catalog>[number], popularity: number): ProductFile {
  const at = iso(atMs)
  const id = ctx.rows.product({ code: p.code, name: p.name, spec: p.spec, unit: p.unit, active: 1, createdAt: at, updatedAt: at })
  const fields = { code: p.code, name: p.name, spec: p.spec, unit: p.unit, active: true }
  ctx.engine.audit(at, admin, 'admin', 'product.create', id, null, null, null, null, JSON.stringify(fields), 'product')
  const file = { id, code: p.code, name: p.name, spec: p.spec, unit: p.unit, typicalQuantity: p.typicalQuantity, popularity }
  ctx.products.set(id, file)
  return file
}

/** priceLists.issue: every product so far, prices moved with the market, the same 价格浮动权. */
function issuePriceList(ctx: OfficeContext, atMs: number, effectiveDay: number, base: Map<number, number>, random: Random): void {
  const gm = ctx.people.withRole('general_manager').find((p) => p.roles.length === 1) ?? ctx.people.withRole('general_manager')[0]!
  const previous = ctx.policies.versions[ctx.policies.versions.length - 1]
  const versionNo = ctx.policies.versions.length + 1
  const effectiveFrom = dayText(effectiveDay)
  const half = new Date(effectiveDay * 86_400_000).getUTCMonth() < 6 ? '上半年' : '下半年'
  const note = versionNo === 1 ? '首版销售政策' : `${yearOf(effectiveDay)}年${half}价目表`
  const at = iso(atMs)
  const id = ctx.rows.priceList({ versionNo, effectiveFrom, issuedByUserId: gm.id, issuedByName: gm.name, issuedAt: at, note })
  const prices = new Map<number, { listPriceFen: number; floorPriceFen: number }>()
  for (const product of ctx.products.values()) {
    const before = previous?.prices.get(product.id)?.listPriceFen
    const listPriceFen = Math.round((before ?? base.get(product.id)!) * (1 + (before ? 0.02 + 0.015 * random.normal() : 0)) / 100) * 100
    const floorPriceFen = floorOf(listPriceFen, random)
    prices.set(product.id, { listPriceFen, floorPriceFen })
    ctx.rows.priceItem({ priceListId: id, productId: product.id, listPriceFen, floorPriceFen })
  }
  for (const a of AUTHORITIES) ctx.rows.authority({ priceListId: id, ...a })
  ctx.engine.audit(at, gm, 'general_manager', 'priceList.issue', id, null, null, null, note,
    JSON.stringify({ versionNo, effectiveFrom, itemCount: prices.size, authorities: AUTHORITIES }), 'price_list')
  const items = [...prices].map(([productId, p]) => ({ productId, ...p, typicalQuantity: ctx.products.get(productId)!.typicalQuantity }))
  const version: PolicyVersion = {
    id, versionNo, effectiveDay, prices, items, sampler: new WeightedIndex(items.map((i) => ctx.products.get(i.productId)!.popularity)),
    authorities: Object.fromEntries(AUTHORITIES.map((a) => [a.role, a.maxBelowFloorBps])),
  }
  ctx.policies.add(version)
}

/**
 * Day one: the catalogue and the first price list, in force at once. Then, each half year, the
 * general manager issues the next version a week or two ahead, after the odd new product is added.
 */
export function stockCatalogue(ctx: OfficeContext, day0: number, lastDay: number): void {
  const admin = ctx.people.withRole('admin')[0]!
  const random = ctx.random
  const products = catalog()
  // A few models sell most: popularity is Zipf-like over a shuffled catalogue.
  const popularity = random.shuffled(zipfWeights(random, products.length, 0.8, 2, 0.3))
  const base = new Map<number, number>()
  let clock = atMinute(day0, 9 * 60)
  const later = products.slice(products.length - LATER_PRODUCTS)
  products.slice(0, products.length - LATER_PRODUCTS).forEach((p, i) => {
    const file = createProduct(ctx, admin, (clock += 20_000), p, popularity[i]!)
    base.set(file.id, p.baseListFen)
  })
  issuePriceList(ctx, atMinute(day0, 10 * 60 + 30), day0, base, random)

  let inflation = 1
  for (let year = yearOf(day0); year <= yearOf(lastDay); year++) {
    for (const month of ['01', '07']) {
      const effectiveDay = dayFromText(`${year}-${month}-01`)
      if (effectiveDay <= day0 || effectiveDay > lastDay) continue
      const issueDay = nextWorkday(effectiveDay - random.int(8, 16))
      if (issueDay <= day0) continue
      inflation *= 1.02
      const newcomers = later.splice(0, random.int(1, 3))
      const factor = inflation
      // New models are entered the same morning, before the list that prices them.
      ctx.queue.schedule(atMinute(issueDay, 8 * 60 + 40), (at) => {
        newcomers.forEach((p, i) => {
          const file = createProduct(ctx, admin, at + i * MINUTE, p, popularity[products.indexOf(p)]!)
          base.set(file.id, Math.round((p.baseListFen * factor) / 100) * 100)
        })
      })
      ctx.queue.schedule(momentOn(issueDay, random, 9 * 60 + 30), (at) => issuePriceList(ctx, at, effectiveDay, base, random))
    }
  }
}
