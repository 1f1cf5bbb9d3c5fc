import type { EntityManager } from 'typeorm'
import type { CommissionFiguresDto, CommissionLineDto } from '../../../../shared/doc-types/commission/commission-body'
import {
  deductionFen, fenAtBps, monthDays, monthInstants, OVERDUE_BUCKETS, overdueBucket, payableFen, type OverdueBucket,
} from '../../../../shared/doc-types/commission/commission-rules'
import { AppError } from '../../../../shared/errors'
import { fenFromDatabase, formatYuan } from '../../../../shared/money'
import { readRows } from '../../db/driver-query'
import { UserEntity } from '../../db/entities'
import { findRowBy } from '../../db/find-rows'
import { overdueDays } from '../outbound-slip/sign-back/receivable-sql'
import { policyInForce, type PolicyInForce } from './commission-policy'

// R16, R17: a salesperson's commission for a month, computed from the real tables, never typed.
// - Collected: the net of the allocations (payment_allocations, + allocation, − de-allocation) made in
//   the month (Shanghai) to the contracts whose salesperson they are. Money without a contract — a
//   payment's unallocated advance — is in no allocation row and earns nothing ("no contract, no commission").
// - Rate: the policy version in force on the month's last day (a month is computed only once it is over;
//   versions are never backdated, so that version is final).
// - Overdue (WORKFLOW.md Definitions): each receivable of those contracts booked by the month's end, unpaid
//   at the month's end when the contract's allocations made before then settle its receivables in due-date
//   order (as receivable-sql.ts does today), and past its due date on the month's last day; days overdue
//   counted from the day after the due date, bucketed as the aging is.
// Every figure of a past month is fixed: allocations and bookings carry the day they were made (never a
// past one), contracts keep their salesperson. So a form saved is a form that stays right.

export interface CollectedRow { contract_id: number | string; doc_no: string; customer_name: string | null; fen: number | string | bigint }
export interface OverdueRow { contract_id: number | string; doc_no: string; customer_name: string | null; due_on: string; unpaid_fen: number | string | bigint }

/** Net allocations made in [:start, :end) to each contract of :person (the generator runs the same text). */
export const COLLECTED_OF_PERSON_SQL = `SELECT s.contract_id, d.doc_no, d.customer_name, s.fen
     FROM (SELECT pa.contract_id, SUM(pa.direction * pa.amount_fen) AS fen
           FROM payment_allocations pa JOIN contracts c ON c.document_id = pa.contract_id
           WHERE c.salesperson_user_id = :person AND pa.created_at >= :start AND pa.created_at < :end
           GROUP BY pa.contract_id) s
     JOIN documents d ON d.id = s.contract_id`

/**
 * The receivables of :person's contracts booked by :last, unpaid at the month's end (:end) when the
 * allocations made before it settle them in due-date order, and past due on :last.
 */
export const OVERDUE_OF_PERSON_SQL = `SELECT u.contract_id, d.doc_no, d.customer_name, u.due_on,
       CASE WHEN u.cum - u.collected >= u.amount_fen THEN u.amount_fen ELSE u.cum - u.collected END AS unpaid_fen
     FROM (SELECT r.contract_id, r.amount_fen, r.due_on,
             sum(r.amount_fen) OVER (PARTITION BY r.contract_id ORDER BY r.due_on, r.slip_document_id) AS cum,
             (SELECT COALESCE(SUM(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = r.contract_id AND pa.created_at < :end) AS collected
           FROM receivables r JOIN contracts c ON c.document_id = r.contract_id
           WHERE c.salesperson_user_id = :person AND r.booked_on <= :last) u
     JOIN documents d ON d.id = u.contract_id
     WHERE u.due_on < :last AND u.cum > u.collected`

/** The month's query parameters for one person. */
export function monthParams(person: number, month: string) {
  const { last } = monthDays(month)
  const { start, end } = monthInstants(month)
  return { person, start, end, last }
}

/**
 * The lines from the two queries' rows at the policy: one per contract collected on this month or overdue
 * at its end, by contract number; null when nothing was collected on any ("no contract, no commission").
 * Pure: the core and the generator (scripts/seed/bulk/commission-life.ts) build the same form from it.
 */
export function commissionLinesOf(collected: readonly CollectedRow[], overdue: readonly OverdueRow[], policy: PolicyInForce, last: string): CommissionLineDto[] | null {
  const byContract = new Map<number, { contractNo: string; customerName: string; collectedFen: number; overdue: Partial<Record<OverdueBucket, number>> }>()
  const entry = (id: number | string, docNo: string, customer: string | null) => {
    const key = Number(id)
    let e = byContract.get(key)
    if (!e) byContract.set(key, (e = { contractNo: docNo, customerName: customer ?? '', collectedFen: 0, overdue: {} }))
    return e
  }
  for (const r of collected) entry(r.contract_id, r.doc_no, r.customer_name).collectedFen += fenFromDatabase(r.fen) ?? 0
  for (const r of overdue) {
    const b = overdueBucket(overdueDays(r.due_on, last))
    const e = entry(r.contract_id, r.doc_no, r.customer_name)
    e.overdue[b] = (e.overdue[b] ?? 0) + (fenFromDatabase(r.unpaid_fen) ?? 0)
  }
  if (![...byContract.values()].some((e) => e.collectedFen > 0)) return null
  return [...byContract.entries()]
    .filter(([, e]) => e.collectedFen !== 0 || Object.keys(e.overdue).length > 0)
    .sort(([, a], [, b]) => (a.contractNo < b.contractNo ? -1 : a.contractNo > b.contractNo ? 1 : 0))
    .map(([contractId, e], i) => ({
      lineNo: i + 1, contractId, contractNo: e.contractNo, customerName: e.customerName, collectedFen: e.collectedFen, rateBps: policy.rateBps,
      commissionFen: fenAtBps(e.collectedFen, policy.rateBps), overdue: e.overdue,
      overdueFen: OVERDUE_BUCKETS.reduce((s, b) => s + (e.overdue[b] ?? 0), 0), deductionFen: deductionFen(e.overdue, policy.overdueRates),
    }))
}

/** The form's figures from its lines. */
export function figuresOf(person: { id: number; name: string }, month: string, policy: PolicyInForce, lines: CommissionLineDto[]): CommissionFiguresDto {
  const sum = (f: (l: CommissionLineDto) => number) => lines.reduce((s, l) => s + f(l), 0)
  return {
    salespersonUserId: person.id, salespersonName: person.name, month, policyVersion: policy.versionNo, rateBps: policy.rateBps, overdueRates: policy.overdueRates,
    lines, collectedFen: sum((l) => l.collectedFen), commissionFen: sum((l) => l.commissionFen), deductionFen: sum((l) => l.deductionFen), payableFen: payableFen(lines),
  }
}

/** The month is over when today is on or after the next month's first day (Shanghai). */
export function assertMonthOver(month: string, today: string): void {
  if (monthDays(month).next > today)
    throw new AppError('COMMISSION_MONTH_NOT_OVER', `${month} 尚未结束（今天 ${today}），提成按月末的回款与逾期结算，请在 ${monthDays(month).next} 及以后填写`, { month, today })
}

export async function computeCommission(em: EntityManager, salespersonUserId: number, month: string, today: string): Promise<CommissionFiguresDto> {
  assertMonthOver(month, today)
  const person = await findRowBy(em, UserEntity, { id: salespersonUserId })
  if (!person) throw new AppError('USER_NOT_FOUND')
  const params = monthParams(salespersonUserId, month)
  const policy = await policyInForce(em, params.last)
  if (!policy) throw new AppError('COMMISSION_NO_POLICY', `${params.last} 没有生效的提成政策，请总经理先发布提成政策`, { day: params.last })
  const collected = await readRows<CollectedRow>(em, COLLECTED_OF_PERSON_SQL, params)
  const overdue = await readRows<OverdueRow>(em, OVERDUE_OF_PERSON_SQL, params)
  const lines = commissionLinesOf(collected, overdue, policy, params.last)
  // R16 "no contract, no commission": nothing collected on a contract of theirs this month, no form.
  if (!lines)
    throw new AppError('COMMISSION_NO_CONTRACT', `${person.name} ${month} 没有合同回款：无合同不提成（未分配到合同的预收款不计提成）`, { salespersonUserId, month })
  return figuresOf(person, month, policy, lines)
}

export const yuan = (fen: number) => `¥${formatYuan(fen)}`
