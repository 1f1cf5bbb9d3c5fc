import type { CreditRating } from '../../api/customers'

export interface CreditTermsDto {
  rating: CreditRating
  creditLimitFen: number
  creditDays: number
}

/** R2: a proposed change of a customer's rating, credit limit and credit days, with the terms it replaces. */
export interface CreditChangeBody {
  kind: 'creditChange'
  customerId: number
  reason: string
  before: CreditTermsDto
  after: CreditTermsDto
}
