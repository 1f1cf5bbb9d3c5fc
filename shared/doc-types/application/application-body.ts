import type { CreditRating } from '../../api/customers'
import type { DocumentLineDto, PaymentTermsDto } from '../../api/documents'
import type { RoleKey } from '../../roles'

/** R1: one line's price against its floor, as the signer reads it. */
export interface LinePriceReview {
  lineNo: number
  floorPriceFen: number
  /** How far the unit price is below the floor, in basis points of the floor; 0 at or above it. */
  belowFloorBps: number
}

/**
 * R1 价格浮动权 as it applies to the person reading: how far the lowest price goes under its floor, the
 * authority of the signer's post (or of the chain's first authority when the reader holds none), and who
 * must sign when it does not cover it. `text` is the verdict in full ("低于底价 9.01%，超出销售经理 5% 权限，需总经理签批").
 */
export interface PriceReview {
  lines: LinePriceReview[]
  /** The largest of the lines' below-floor figures (the one the route must cover). */
  maxBelowFloorBps: number
  linesBelowFloor: number
  /** The post whose authority the verdict is read against; null when no post has one in the price list. */
  signerRole: RoleKey | null
  /** That post's 价格浮动权 in basis points; null = 不限. */
  signerLimitBps: number | null
  covered: boolean
  /** The lowest post whose authority covers it when the signer's does not; null when covered or none does. */
  neededRole: RoleKey | null
  text: string
}

/**
 * R2, R9: what the signer needs of the customer's credit. Receivables do not exist yet, so exposure and
 * overdue are null (never a made-up figure) and `pendingNote` says when they come.
 */
export interface CustomerCreditReview {
  rating: CreditRating
  creditLimitFen: number
  creditDays: number
  exposureFen: number | null
  overdueFen: number | null
  pendingNote: string | null
}

/** What the document page shows of an application beyond its header (R3). */
export interface ApplicationBody {
  kind: 'application'
  customerId: number
  priceListId: number
  lines: DocumentLineDto[]
  deliveryDate: string
  terms: PaymentTermsDto
  installationNeeded: boolean
  nonStandardTerms: string | null
  note: string | null
  /** The contract made from it, once there is one (R4). */
  contractId: number | null
  contractNo: string | null
  /** Price against floor and authority (R1): only for the posts that decide on price (need-to-know). */
  priceReview?: PriceReview
  /** The customer's credit (R2, R9): only for the same posts. */
  credit?: CustomerCreditReview
}
