import type { EntityManager } from 'typeorm'
import type { CreditRating } from '../../../../shared/api/customers'
import type { CustomerCreditReview, PriceReview } from '../../../../shared/doc-types/application/application-body'
import { belowFloorBps } from '../../../../shared/discount'
import type { RoleKey } from '../../../../shared/roles'
import { CustomerEntity, DiscountAuthorityEntity, type DocumentLineRow } from '../../db/entities'
import { findRowBy, findRowsBy } from '../../db/find-rows'
import { discountVerdict } from '../../policy/discount-verdict'
import type { Authority } from '../../workflow/facts'

/**
 * The posts that decide on or propose a price (R1) and so read floors, authorities and the customer's
 * credit on the application. Need-to-know: everyone else gets the body without them (the table of what
 * each post sees is reconciled in docs/ by the need-to-know work).
 */
export const PRICE_REVIEW_ROLES: ReadonlySet<RoleKey> = new Set(['sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager'])

export const readsPrices = (roles: readonly RoleKey[]) => roles.some((role) => PRICE_REVIEW_ROLES.has(role))

/** R1: each line against the floor it was priced at, and the verdict for this reader's authority. */
export async function priceReview(em: EntityManager, priceListId: number, lines: DocumentLineRow[], readerRoles: readonly RoleKey[]): Promise<PriceReview> {
  const rows = await findRowsBy(em, DiscountAuthorityEntity, { priceListId })
  const authority = Object.fromEntries(rows.map((a) => [a.role, a.maxBelowFloorBps])) as Authority
  const reviewed = lines.map((l) => ({ lineNo: l.lineNo, floorPriceFen: l.floorPriceFen, belowFloorBps: belowFloorBps(l.unitPriceFen, l.floorPriceFen) }))
  const maxBelowFloorBps = Math.max(0, ...reviewed.map((l) => l.belowFloorBps))
  return {
    lines: reviewed,
    maxBelowFloorBps,
    linesBelowFloor: reviewed.filter((l) => l.belowFloorBps > 0).length,
    ...discountVerdict(maxBelowFloorBps, authority, readerRoles),
  }
}

/** R2, R9: the credit line and rating today; exposure and overdue wait for receivables (no made-up figures). */
export async function creditReview(em: EntityManager, customerId: number): Promise<CustomerCreditReview> {
  const customer = await findRowBy(em, CustomerEntity, { id: customerId })
  if (!customer) throw new Error(`no customer ${customerId}`)
  return {
    rating: customer.rating as CreditRating,
    creditLimitFen: customer.creditLimitFen,
    creditDays: customer.creditDays,
    exposureFen: null,
    overdueFen: null,
    pendingNote: '应收账款功能上线后显示占用额度与逾期金额',
  }
}
