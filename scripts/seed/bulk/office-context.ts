import type { RoleKey } from '../../../shared/roles'
import { afterWorkingHours, afterWorkingMinutes } from '../calendar'
import type { OrderLine, PolicyItem } from '../order-terms'
import { WeightedIndex, type Random } from '../random'
import type { BulkEngine, Person } from './bulk-engine'
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
  tally: Tally
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
 */
export function signerAt(ctx: OfficeContext, role: RoleKey, excluded: ReadonlyArray<number | null>, at: number): Person | null {
  if (role !== 'general_manager' || at < ctx.gmAway.from) return ctx.people.signer(ctx.random, role, excluded)
  if (ctx.random.chance(0.7)) return null
  return ctx.people.signer(ctx.random, role, [...excluded, ctx.gmAway.personId])
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
