import type { PriceListDto } from '../../../shared/api'
import type { RoleKey } from '../../../shared/roles'
import type { OpenedWorkstation } from '../../../electron/core/open-workstation'
import { atMinute, dayText } from '../calendar'
import { catalog, floorOf } from '../catalog'
import { CreditCodes } from '../credit-codes'
import type { PolicyItem } from '../order-terms'
import type { Random } from '../random'
import { officeRoster } from '../roster'
import { COMPANY_NAME } from '../texts'
import { DemoPerson, type DemoClock } from './demo-person'

// The demo office: a smaller team than the bulk one (one clerk without a manager, so some 销售经理审签
// tasks go to the role), two dozen products, and what the script remembers between sittings, the way
// the people would: which applications wait for a contract, which contracts for the seal.

const INITIAL_PASSWORD = 'Welcome2026'
const DEMO_PRODUCTS = 24

export interface DemoCustomer {
  id: number
  name: string
  homeClerk: DemoPerson
  /** Has had (or is waiting for) its first credit terms (R2). */
  creditAsked: boolean
}

export interface DemoOffice {
  ws: () => OpenedWorkstation
  clock: DemoClock
  random: Random
  people: DemoPerson[]
  customers: DemoCustomer[]
  /** Approved applications the sales head has not yet drawn a contract from. */
  awaitingContract: number[]
  /** Signed contracts not yet sealed. */
  awaitingSeal: number[]
  /** Signed contracts whose prepayment finance has not recorded yet (R14, demo-money.ts). */
  awaitingMoney: number[]
  /** Typical quantities by product code (the price list knows prices, not habits). */
  typicalQuantity: Map<string, number>
  codes: CreditCodes
  takenNames: Set<string>
}

export function person(office: DemoOffice, login: string): DemoPerson {
  const found = office.people.find((p) => p.login === login)
  if (!found) throw new Error(`demo: no ${login}`)
  return found
}

export function withRole(office: DemoOffice, role: RoleKey): DemoPerson[] {
  return office.people.filter((p) => p.holds(role))
}

/** The price list in force as order lines are drawn from it. */
export function policyItems(office: DemoOffice, list: PriceListDto): PolicyItem[] {
  return list.items.map((i) => ({ productId: i.productId, listPriceFen: i.listPriceFen, floorPriceFen: i.floorPriceFen, typicalQuantity: office.typicalQuantity.get(i.code) ?? 1 }))
}

/**
 * Day one through the real services: system.setup, users.create, users.setManager, everyone's first
 * login and own password, products.save, and the first price list issued by the general manager.
 */
export async function openDemoOffice(ws: () => OpenedWorkstation, clock: DemoClock, random: Random, day0: number): Promise<DemoOffice> {
  const roster = officeRoster(3, ['wuxd', 'majun'])
  const people = roster.map((r) => new DemoPerson(r.login, r.name, r.roles, ws, clock, random))
  const office: DemoOffice = { ws, clock, random, people, customers: [], awaitingContract: [], awaitingSeal: [], awaitingMoney: [], typicalQuantity: new Map(),
    codes: new CreditCodes(), takenNames: new Set() }
  clock.atLeast(atMinute(day0, 8 * 60 + 30))
  const [admin] = people
  await admin!.setUp(COMPANY_NAME)
  for (const p of people.slice(1)) {
    const user = await admin!.call('users.create', { name: p.name, login: p.login, password: INITIAL_PASSWORD, roles: p.roles })
    p.id = user.id
  }
  for (const r of roster.filter((x) => x.managerLogin))
    await admin!.call('users.setManager', { userId: person(office, r.login).id, managerUserId: person(office, r.managerLogin!).id })
  for (const p of people.slice(1)) await p.chooseOwnPassword(INITIAL_PASSWORD)

  // Every twelfth model of the catalogue: pumps, valves, motors and sets, a believable small range.
  const range = catalog().filter((_, i) => i % 12 === 5).slice(0, DEMO_PRODUCTS)
  const items = []
  for (const p of range) {
    const product = await admin!.call('products.save', { code: p.code, name: p.name, spec: p.spec, unit: p.unit })
    office.typicalQuantity.set(p.code, p.typicalQuantity)
    items.push({ productId: product.id, listPriceFen: p.baseListFen, floorPriceFen: floorOf(p.baseListFen, random) })
  }
  await person(office, 'wangjh').call('priceLists.issue', {
    effectiveFrom: dayText(day0), note: '首版销售政策', items,
    authorities: [{ role: 'sales_manager', maxBelowFloorBps: 500 }, { role: 'general_manager', maxBelowFloorBps: null }],
  })
  return office
}

/** priceLists.issue for the second half of the demo: prices up 3 %, in force from `effectiveDay`. */
export async function issueNextPriceList(office: DemoOffice, effectiveDay: number): Promise<void> {
  const gm = person(office, 'wangjh')
  const current = await gm.call('priceLists.inForce', {})
  if (!current) throw new Error('demo: no price list in force')
  const items = current.items.map((i) => {
    const listPriceFen = Math.round((i.listPriceFen * 1.03) / 100) * 100
    return { productId: i.productId, listPriceFen, floorPriceFen: floorOf(listPriceFen, office.random) }
  })
  await gm.call('priceLists.issue', { effectiveFrom: dayText(effectiveDay), note: '原材料涨价，价格上调 3%', items, authorities: current.authorities })
}
