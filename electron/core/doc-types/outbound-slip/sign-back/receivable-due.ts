import type { InstalmentDto } from '../../../../../shared/api'
import { addDays } from '../../dispatch-note/dispatch-validity'

/*
 * R11's due date (WORKFLOW.md Definitions, "Receivable"): the customer's credit days from the day the
 * customer signed for the goods, or the contract's instalment date if that is later. Which instalment: the
 * contract's schedule (prepayment, then instalments by date) is laid against what has been booked on the
 * contract so far, this receivable included — the instalment whose cumulative amount first covers it is
 * the date by which the contract asks for this money. Covered by the prepayment alone: no later date.
 * From the signing day, not the booking day: finance booking late must not lengthen the customer's credit.
 */

export interface ContractTerms {
  prepaymentFen: number
  /** JSON array of InstalmentDto, as the contract stores it. */
  instalments: string
}

export function termsDueOn(terms: ContractTerms, bookedBeforeFen: number, amountFen: number): string | null {
  const target = bookedBeforeFen + amountFen
  let covered = terms.prepaymentFen
  if (covered >= target) return null
  const instalments = (JSON.parse(terms.instalments) as InstalmentDto[]).slice().sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  for (const i of instalments) {
    covered += i.amountFen ?? 0
    if (covered >= target) return i.dueDate
  }
  return instalments.at(-1)?.dueDate ?? null
}

export function receivableDueOn(signedOn: string, creditDays: number, termsDue: string | null): string {
  const byCredit = addDays(signedOn, creditDays)
  return termsDue !== null && termsDue > byCredit ? termsDue : byCredit
}
