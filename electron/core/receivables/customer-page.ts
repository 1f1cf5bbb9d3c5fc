import type { EntityManager } from 'typeorm'
import { bucketOfDays, daysOverdue } from '../../../shared/aging'
import type { CreditRating, CustomerPage, CustomerPageRow, OpenReceivableRow } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { fenFromDatabase, formatYuan } from '../../../shared/money'
import { creditCheck } from '../credit/credit-check'
import { CustomerEntity } from '../db/entities'
import { readRows } from '../db/driver-query'
import { agingParts } from './aging-report'
import { openReceivablesSql } from './aging-sql'
import { customerHistory, monthsAgo, settle, type HistoryAllocation, type HistoryReceivable } from './payment-history'

/*
 * The customer page (issue 14 "Everywhere"): one customer's credit used (R9's exposure, the same
 * creditCheck a dispatch note reads), aging and open receivables (R18, the aging's own SQL scoped to the
 * customer: the partial index's customer seek), payment history, and the latest dispatch notes, payments
 * and invoices. Contracts come from `customers.contracts` (paged, already there). Every read seeks an index
 * by customer (or by the customer's contracts), so a ten-year customer opens as fast as a new one.
 */

const fen = (v: unknown) => fenFromDatabase(v ?? 0, 'fen') ?? 0
const LATEST = 20

const OPEN_RECEIVABLES_SQL = `SELECT u.slip_document_id, u.contract_id, u.amount_fen, u.unpaid_fen, u.due_on, u.booked_on, sd.doc_no AS slip_no, cd.doc_no AS contract_no
  FROM (${openReceivablesSql({ customerId: 0 })}) u JOIN documents sd ON sd.id = u.slip_document_id JOIN documents cd ON cd.id = u.contract_id
  ORDER BY u.due_on, u.slip_document_id`

/** Every receivable of the customer (idx_receivables_customer), for the history. */
const RECEIVABLES_SQL = `SELECT r.slip_document_id, r.contract_id, r.amount_fen, r.due_on, r.booked_on, d.doc_no
  FROM receivables r JOIN documents d ON d.id = r.slip_document_id WHERE r.customer_id = :customerId`

/** The allocations to the customer's contracts that have receivables (idx_receivables_customer covers the list), with the day the money came. */
const ALLOCATIONS_SQL = `SELECT pa.contract_id, pa.direction, pa.amount_fen, p.received_on
  FROM payment_allocations pa JOIN payments p ON p.document_id = pa.payment_id
  WHERE pa.contract_id IN (SELECT DISTINCT r.contract_id FROM receivables r WHERE r.customer_id = :customerId)
  ORDER BY pa.id`

/** The customer's money received per month since :from (idx_payments_customer), reversals netted. */
const COLLECTED_SQL = `SELECT substr(p.received_on, 1, 7) AS month, sum(CASE WHEN p.reverses_payment_id IS NULL THEN p.amount_fen ELSE -p.amount_fen END) AS fen
  FROM payments p WHERE p.customer_id = :customerId AND p.received_on >= :from GROUP BY substr(p.received_on, 1, 7)`

const DISPATCHES_SQL = `SELECT d.id, d.doc_no, d.state, d.amount_fen, n.valid_until AS day, d.closed_at
  FROM dispatch_notes n JOIN documents d ON d.id = n.document_id WHERE n.customer_id = :customerId ORDER BY n.valid_until DESC, d.id DESC LIMIT ${LATEST}`

const PAYMENTS_SQL = `SELECT d.id, d.doc_no, d.state, p.amount_fen, p.received_on AS day, p.method, p.reverses_payment_id, p.allocated_fen
  FROM payments p JOIN documents d ON d.id = p.document_id WHERE p.customer_id = :customerId ORDER BY p.received_on DESC, d.id DESC LIMIT ${LATEST}`

const INVOICES_SQL = `SELECT d.id, d.doc_no, d.state, ir.amount_fen, ir.requested_on AS day, ir.invoice_no, ir.invoiced_fen, ir.red_fen
  FROM contracts c JOIN invoice_requests ir ON ir.contract_id = c.document_id JOIN documents d ON d.id = ir.document_id
  WHERE c.customer_id = :customerId ORDER BY ir.requested_on DESC, d.id DESC LIMIT ${LATEST}`

const METHODS: Record<string, string> = { transfer: '转账', bill: '承兑汇票', cash: '现金', check: '支票' }

type Raw = Record<string, unknown>
const row = (r: Raw, text: string): CustomerPageRow => ({ id: Number(r.id), docNo: String(r.doc_no), day: String(r.day), state: String(r.state), amountFen: fen(r.amount_fen), text })

export async function customerPage(em: EntityManager, customerId: number, asOf: string, today: string): Promise<CustomerPage> {
  const customer = await em.getRepository(CustomerEntity).findOneBy({ id: customerId })
  if (!customer) throw new AppError('CUSTOMER_NOT_FOUND')
  const check = await creditCheck(em, { customerId, today, excludeNoteId: 0, noteFen: 0 })
  const { totals, rate } = await agingParts(em, { customerId }, asOf)
  const open = await readRows<Raw>(em, OPEN_RECEIVABLES_SQL, { customerId })
  const receivables = open.map((r): OpenReceivableRow => {
    const days = daysOverdue(String(r.due_on), asOf)
    return {
      slipId: Number(r.slip_document_id), contractId: Number(r.contract_id), slipNo: String(r.slip_no), contractNo: String(r.contract_no), bookedOn: String(r.booked_on), dueOn: String(r.due_on),
      amountFen: fen(r.amount_fen), unpaidFen: fen(r.unpaid_fen), daysOverdue: days, bucket: bucketOfDays(days),
    }
  })
  const all = await readRows<Raw>(em, RECEIVABLES_SQL, { customerId })
  const money = await readRows<Raw>(em, ALLOCATIONS_SQL, { customerId })
  const collected = await readRows<{ month: string; fen: unknown }>(em, COLLECTED_SQL, { customerId, from: monthsAgo(asOf, 24) })
  const settled = settle(
    all.map((r): HistoryReceivable => ({ slipId: Number(r.slip_document_id), slipNo: String(r.doc_no), contractId: Number(r.contract_id), amountFen: fen(r.amount_fen), dueOn: String(r.due_on), bookedOn: String(r.booked_on) })),
    money.map((a): HistoryAllocation => ({ contractId: Number(a.contract_id), direction: Number(a.direction), amountFen: fen(a.amount_fen), receivedOn: String(a.received_on) })),
  )
  const history = customerHistory(settled, new Map(collected.map((c) => [c.month, fen(c.fen)])), asOf)
  const [latest] = await readRows<{ salesperson_name: string }>(
    em, `SELECT c.salesperson_name FROM contracts c WHERE c.customer_id = :customerId ORDER BY c.signed_on DESC, c.document_id DESC LIMIT 1`, { customerId },
  )
  const exposureFen = check.exposureFen
  return {
    customer: { id: customer.id, name: customer.name, rating: customer.rating as CreditRating, creditLimitFen: customer.creditLimitFen, creditDays: customer.creditDays, salespersonName: latest?.salesperson_name ?? null },
    asOf,
    credit: {
      limitFen: customer.creditLimitFen, exposureFen, availableFen: customer.creditLimitFen - exposureFen, overdueFen: check.overdueFen,
      terms: check.terms.map(({ key, label, amountFen }) => ({ key, label, amountFen })),
    },
    aging: totals,
    rate,
    receivables,
    history,
    dispatches: (await readRows<Raw>(em, DISPATCHES_SQL, { customerId })).map((r) => row(r, `有效期至 ${String(r.day)}`)),
    payments: (await readRows<Raw>(em, PAYMENTS_SQL, { customerId })).map((r) =>
      row(r, r.reverses_payment_id ? '红冲' : `${METHODS[String(r.method)] ?? String(r.method)}，已分配 ¥${formatYuan(fen(r.allocated_fen))}`),
    ),
    invoices: (await readRows<Raw>(em, INVOICES_SQL, { customerId })).map((r) => row(r, r.invoice_no ? `发票号 ${String(r.invoice_no)}` : '未开票')),
  }
}
