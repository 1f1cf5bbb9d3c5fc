import { formatYuan } from '../../../shared/money'
import { formatBps } from '../../../shared/percent'
import { ROLES } from '../../../shared/roles'
import type { Condition } from './definition'
import { authorityCovers, type Authority, type Facts, type FactSpecs } from './facts'

const num = (facts: Facts, name: string): number => {
  const value = facts[name]
  return typeof value === 'number' ? value : 0
}

/** Whether a condition holds for a document's facts. Pure. */
export function holds(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, facts))
  if ('any' in condition) return condition.any.some((c) => holds(c, facts))
  if ('not' in condition) return !holds(condition.not, facts)
  if ('fen' in condition) return num(facts, 'amountFen') > condition.fen
  if ('role' in condition) {
    // R1: the price goes further below the floor than the role's 价格浮动权 allows (a role the
    // policy names with no limit never triggers it; a role it does not name at all always does).
    const below = num(facts, 'belowFloorBps')
    return below > 0 && !authorityCovers((facts.discountAuthority ?? {}) as Authority, condition.role, below)
  }
  if ('above' in condition) return num(facts, condition.fact) > condition.above
  return facts[condition.fact] === true
}

/** The facts a condition names, to check a chain against what its type declares. */
export function factsNamed(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factsNamed)
  if ('any' in condition) return condition.any.flatMap(factsNamed)
  if ('not' in condition) return factsNamed(condition.not)
  if ('fen' in condition) return ['amountFen']
  if ('role' in condition) return ['belowFloorBps', 'discountAuthority']
  return [condition.fact]
}

function amountText(kind: string | undefined, value: number): string {
  if (kind === 'fen') return `${formatYuan(value)} 元`
  if (kind === 'bps') return formatBps(value)
  return String(value)
}

/** The condition in the office's words, for the chain view. */
export function describe(condition: Condition, specs: FactSpecs = {}): string {
  if ('all' in condition) return condition.all.map((c) => describe(c, specs)).join('且')
  if ('any' in condition) return condition.any.map((c) => describe(c, specs)).join('或')
  if ('not' in condition) return `非（${describe(condition.not, specs)}）`
  if ('fen' in condition) return `金额超过 ${formatYuan(condition.fen)} 元时`
  if ('role' in condition) return `低于底价超出${ROLES[condition.role]}价格浮动权时`
  const spec = specs[condition.fact]
  const label = spec?.label ?? condition.fact
  if ('above' in condition) return `${label}超过 ${amountText(spec?.kind, condition.above)}时`
  return `${label}时`
}
