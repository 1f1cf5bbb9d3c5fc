import type { ChainFactDto } from '../../../shared/api'
import type { Condition } from '../../../shared/chain-definition'
import { formatYuan } from '../../../shared/money'
import { roleLabel, type RoleKey } from '../../../shared/roles'

// The chain editor's condition picker: the conditions an office sets by hand, in its own words, built
// from the facts the type declares (workflow.list's `facts`). Anything else a chain holds (all/any/not,
// written by an upgrade) stays as it is ("保持原条件"), never silently rewritten.

export type ConditionChoice =
  | { kind: 'none' }
  | { kind: 'keep'; condition: Condition }
  | { kind: 'flag'; fact: string }
  | { kind: 'amount'; fen: number }
  | { kind: 'above'; fact: string; above: number }
  | { kind: 'floor'; role: RoleKey }

export interface ChoiceOption {
  value: string
  label: string
  /** The number the choice needs (金额 in 元, or a count), if any. */
  needs?: 'yuan' | 'number'
}

/** The conditions this type's facts allow, as select options. */
export function conditionOptions(facts: readonly ChainFactDto[], floorRoles: readonly RoleKey[]): ChoiceOption[] {
  const options: ChoiceOption[] = [{ value: 'none', label: '无条件（每张单据都经过）' }]
  for (const fact of facts) {
    if (fact.kind === 'flag') options.push({ value: `flag:${fact.key}`, label: `${fact.label}时` })
    else if (fact.key === 'amountFen') options.push({ value: 'amount', label: '金额超过…元时', needs: 'yuan' })
    else if (fact.kind === 'count' || fact.kind === 'fen') options.push({ value: `above:${fact.key}`, label: `${fact.label}超过…时`, needs: fact.kind === 'fen' ? 'yuan' : 'number' })
  }
  if (facts.some((f) => f.key === 'belowFloorBps') && facts.some((f) => f.key === 'discountAuthority'))
    for (const role of floorRoles) options.push({ value: `floor:${role}`, label: `低于底价超出${roleLabel(role)}价格浮动权时` })
  return options
}

export function choiceOf(condition: Condition | undefined): ConditionChoice {
  if (!condition) return { kind: 'none' }
  if ('fen' in condition) return { kind: 'amount', fen: condition.fen }
  if ('role' in condition) return { kind: 'floor', role: condition.role }
  if ('above' in condition) return { kind: 'above', fact: condition.fact, above: condition.above }
  if ('fact' in condition) return { kind: 'flag', fact: condition.fact }
  return { kind: 'keep', condition }
}

export function choiceValue(choice: ConditionChoice): string {
  switch (choice.kind) {
    case 'none': return 'none'
    case 'keep': return 'keep'
    case 'flag': return `flag:${choice.fact}`
    case 'amount': return 'amount'
    case 'above': return `above:${choice.fact}`
    case 'floor': return `floor:${choice.role}`
  }
}

/** The choice a select value stands for; the number is kept when the kind stays the same. */
export function choiceFor(value: string, previous: ConditionChoice): ConditionChoice {
  const [kind, arg = ''] = value.split(':') as [string, string?]
  if (kind === 'none') return { kind: 'none' }
  if (kind === 'keep' && previous.kind === 'keep') return previous
  if (kind === 'flag') return { kind: 'flag', fact: arg }
  if (kind === 'amount') return { kind: 'amount', fen: previous.kind === 'amount' ? previous.fen : 0 }
  if (kind === 'above') return { kind: 'above', fact: arg, above: previous.kind === 'above' && previous.fact === arg ? previous.above : 0 }
  if (kind === 'floor') return { kind: 'floor', role: arg as RoleKey }
  return { kind: 'none' }
}

export function conditionOf(choice: ConditionChoice): Condition | undefined {
  switch (choice.kind) {
    case 'none': return undefined
    case 'keep': return choice.condition
    case 'flag': return { fact: choice.fact }
    case 'amount': return { fact: 'amountAbove', fen: choice.fen }
    case 'above': return { fact: choice.fact, above: choice.above }
    case 'floor': return { fact: 'belowFloorBeyondAuthorityOf', role: choice.role }
  }
}

/** A short reading of a kept composite condition. */
export function keptText(condition: Condition): string {
  if ('all' in condition) return condition.all.map(keptText).join(' 且 ')
  if ('any' in condition) return condition.any.map(keptText).join(' 或 ')
  if ('not' in condition) return `非（${keptText(condition.not)}）`
  if ('fen' in condition) return `金额超过 ${formatYuan(condition.fen)} 元`
  if ('role' in condition) return `低于底价超出${roleLabel(condition.role)}价格浮动权`
  if ('above' in condition) return `${condition.fact} > ${condition.above}`
  return condition.fact
}
