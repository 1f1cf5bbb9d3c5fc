import type { RoleKey } from '../../../shared/roles'
import { afterWorkingHours, afterWorkingMinutes, dayOf } from '../calendar'
import type { OrderLine, PolicyItem } from '../order-terms'
import { WeightedIndex, type Random } from '../random'
import type { BulkEngine, LiveDocument, Person } from './bulk-engine'
import type { CustomerBook } from './customer-book'
import type { EventQueue } from './event-queue'
import type { LineInsert, OfficeRows } from './office-rows'

// What every part of the bulk office shares while the calendar runs: the random streams, the row
// writer and engine, the event queue, and the office's people, price lists and customers in memory.

export interface ProductFile {
  id: number
  code: string
  name: string
  spec: string
  unit: string
  typicalQuantity: number
  /** How often it is ordered, relative (a few models sell most). */
  popularity: number
}

/** One version of the sales policy (R1) as the clerks price from it. */
export interface PolicyVersion {
  id: number
  versionNo: number
  effectiveDay: number
  prices: Map<number, { listPriceFen: number; floorPriceFen: number }>
  items: PolicyItem[]
  sampler: WeightedIndex
  /** R1 价格浮动权: role → max bps below floor, null = unlimited. */
  authorities: Partial<Record<RoleKey, number | null>>
}

export class People {
  private readonly byRole = new Map<RoleKey, Person[]>()

  constructor(
    readonly all: Person[],
    /** Who usually signs for a role when several hold it (the general manager more than the deputy). */
    private readonly weight: (p: Person, role: RoleKey) => number,
  ) {
    for (const p of all) for (const r of p.roles) this.byRole.set(r, [...(this.byRole.get(r) ?? []), p])
  }

  withRole(role: RoleKey): Person[] {
    return this.byRole.get(role) ?? []
  }

  byId(id: number): Person {
    const p = this.all.find((x) => x.id === id)
    if (!p) throw new Error(`no person #${id}`)
    return p
  }

  byLogin(login: string): Person {
    const p = this.all.find((x) => x.login === login)
    if (!p) throw new Error(`no person ${login}`)
    return p
  }

  /** Someone holding `role` who is none of `excluded` (R20: not the drafter, not the last signer). */
  signer(random: Random, role: RoleKey, excluded: ReadonlyArray<number | null>): Person {
    const candidates = this.withRole(role).filter((p) => !excluded.includes(p.id))
    if (candidates.length === 0) throw new Error(`nobody left to sign as ${role}`)
    return random.weighted(candidates.map((p) => [p, this.weight(p, role)] as const))
  }
}

export class PolicyBook {
  readonly versions: PolicyVersion[] = []

  add(version: PolicyVersion): void {
    const last = this.versions[this.versions.length - 1]
    if (last && last.effectiveDay >= version.effectiveDay) throw new Error('price lists must be issued in date order')
    this.versions.push(version)
  }

  /** R1: the version with the greatest effective day on or before `day`. */
  inForce(day: number): PolicyVersion {
    let found: PolicyVersion | undefined
    for (let i = this.versions.length - 1; i >= 0 && !found; i--) if (this.versions[i]!.effectiveDay <= day) found = this.versions[i]
    if (!found) throw new Error('no price list in force yet')
    return found
  }
}

export interface Tally {
  [outcome: string]: number
}

export interface OfficeContext {
  /** Decisions and waiting times. */
  random: Random
  /** Customer files (names, addresses): a separate stream, so changing a decision does not rename customers. */
  names: Random
  rows: OfficeRows
  engine: BulkEngine
  queue: EventQueue
  people: People
  policies: PolicyBook
  customers: CustomerBook
  products: Map<number, ProductFile>
  /** Nothing happens after this instant: what is under way then stays open. */
  end: number
  /**
   * The general manager is away on business over the calendar's last working days: most documents
   * reaching 总经理签批 wait for the return (a real backlog in one queue), the deputy signs the urgent ones.
   */
  gmAway: { personId: number; from: number }
  /**
   * 代理审批: the general manager's business trips before that, each with a deputy named the evening
   * before (deputies rows, office-calendar.ts); during a trip the deputy signs 代 most of what reaches him.
   */
  trips: Trip[]
  tally: Tally
}

export interface Trip {
  principal: Person
  deputy: Person
  /** Shanghai calendar days, inclusive. */
  fromDay: number
  toDay: number
}

/** `hours` of office time after `at` (nights, weekends and holidays do not count): when the next person acts. */
export function hoursLater(ctx: OfficeContext, at: number, hours: number): number {
  return afterWorkingHours(at, hours, ctx.random)
}

export function minutesLater(ctx: OfficeContext, at: number, minutes: number): number {
  return afterWorkingMinutes(at, minutes, ctx.random)
}

/**
 * Who signs a step held by a role at `at`: not the drafter, not the last signer (R20), not someone
 * away. Null when the document waits (for the general manager's return, past the calendar's end).
 * On a business trip the general manager's deputy signs 代 for him when R20 lets the deputy (the
 * engine's own check), else the other holder of the role does.
 */
export function signerAt(ctx: OfficeContext, role: RoleKey, excluded: ReadonlyArray<number | null>, at: number, doc: LiveDocument): Person | null {
  if (role === 'general_manager' && at >= ctx.gmAway.from) {
    if (ctx.random.chance(0.7)) return null
    return ctx.people.signer(ctx.random, role, [...excluded, ctx.gmAway.personId])
  }
  const signer = ctx.people.signer(ctx.random, role, excluded)
  const trip = role === 'general_manager' ? tripOn(ctx, signer, dayOf(at)) : undefined
  if (!trip) return signer
  if (ctx.engine.maySignFor(doc, trip.deputy, trip.principal) && ctx.random.chance(0.85)) {
    count(ctx, 'signed by a deputy')
    return { ...trip.deputy, deputyFor: trip.principal }
  }
  // Nobody else free to sign: the general manager signs from the road himself.
  const others = ctx.people.withRole(role).filter((p) => p.id !== trip.principal.id && !excluded.includes(p.id))
  return others.length > 0 ? ctx.people.signer(ctx.random, role, [...excluded, trip.principal.id]) : signer
}

function tripOn(ctx: OfficeContext, person: Person, day: number): Trip | undefined {
  return ctx.trips.find((t) => t.principal.id === person.id && t.fromDay <= day && day <= t.toDay)
}

export function count(ctx: OfficeContext, outcome: string): void {
  ctx.tally[outcome] = (ctx.tally[outcome] ?? 0) + 1
}

/** R1: lines priced from a policy version, copying its list and floor prices (application-lines.ts). */
export function pricedLines(ctx: OfficeContext, documentId: number, lines: OrderLine[], policy: PolicyVersion): LineInsert[] {
  return lines.map((line, index) => {
    const product = ctx.products.get(line.productId)!
    const price = policy.prices.get(line.productId)
    if (!price) throw new Error(`product ${product.code} is not in price list ${policy.versionNo}`)
    return {
      documentId, lineNo: index + 1, productId: product.id, productCode: product.code, productName: product.name, spec: product.spec,
      unit: product.unit, quantity: line.quantity, unitPriceFen: line.unitPriceFen, listPriceFen: price.listPriceFen,
      floorPriceFen: price.floorPriceFen, amountFen: line.quantity * line.unitPriceFen,
    }
  })
}
