import { formatYuan } from '../../../shared/money'
import { ROLES } from '../../../shared/roles'
import type { Condition, DocumentFacts } from './definition'

/** Whether a condition holds for a document's facts. Pure. */
export function holds(condition: Condition, facts: DocumentFacts): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, facts))
  if ('any' in condition) return condition.any.some((c) => holds(c, facts))
  if ('not' in condition) return !holds(condition.not, facts)
  switch (condition.fact) {
    case 'amountAbove':
      return facts.amountFen > condition.fen
    case 'belowFloorBeyondAuthorityOf': {
      const authority = facts.discountAuthority[condition.role]
      // A role the policy gives no authority may not go below the floor at all.
      if (authority === null) return false
      return facts.belowFloorBps > (authority ?? 0)
    }
    case 'nonStandardTerms':
      return facts.nonStandardTerms
    case 'customerOverCredit':
      return facts.customerOverCredit
  }
}

/** The condition in the office's words, for the chain view. */
export function describe(condition: Condition): string {
  if ('all' in condition) return condition.all.map(describe).join('且')
  if ('any' in condition) return condition.any.map(describe).join('或')
  if ('not' in condition) return `非（${describe(condition.not)}）`
  switch (condition.fact) {
    case 'amountAbove':
      return `金额超过 ${formatYuan(condition.fen)} 元时`
    case 'belowFloorBeyondAuthorityOf':
      return `低于底价超出${ROLES[condition.role]}价格浮动权时`
    case 'nonStandardTerms':
      return '合同条款非标准时'
    case 'customerOverCredit':
      return '客户超出信用额度或账期时'
  }
}
