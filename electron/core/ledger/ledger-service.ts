import type { EntityManager } from 'typeorm'
import type { LedgerFilter, LedgerRow, LedgerStatus, LedgerTotals } from '../../../shared/api'
import { fenFromDatabase } from '../../../shared/money'
import { outstandingFen } from './contract-money'
import {
  customerNameQuery,
  ledgerRowsQuery,
  ledgerTotalsQuery,
  salespeopleQuery,
  salespersonNameQuery,
  type LedgerRawRow,
  type LedgerTotalsRaw,
} from './ledger-query'

/** A SUM over no rows is NULL: no money is 0 fen; anything else must be integer fen (R23). */
function fenOrZero(value: unknown, label: string): number {
  return fenFromDatabase(value, label) ?? 0
}

/**
 * R19: a closed contract document is 已关闭; an open one says its own state: 已排产 once its notice is signed
 * (R6), 部分发货/已发货 once outbound is posted against it (R10: the ledger's 已发货 is real), 已验收 once every
 * line is accepted (R13), else 已签订.
 */
export function ledgerStatus(closedAt: string | null, state: string): LedgerStatus {
  if (closedAt) return 'closed'
  // R13: 已验收 once the customer has accepted every line (after 已发货), a state of its own.
  return state === 'scheduled' || state === 'partlyShipped' || state === 'shipped' || state === 'accepted' ? state : 'signed'
}

function toLedgerRow(raw: LedgerRawRow): LedgerRow {
  const amountFen = fenOrZero(raw.amountFen, 'amountFen')
  const collectedFen = fenOrZero(raw.collectedFen, 'collectedFen')
  return {
    contractId: Number(raw.contractId),
    contractNo: raw.contractNo,
    customerContractNo: raw.customerContractNo,
    customerId: Number(raw.customerId),
    customerName: raw.customerName ?? '',
    salespersonName: raw.salespersonName,
    signedOn: raw.signedOn,
    amountFen,
    shippedFen: fenOrZero(raw.shippedFen, 'shippedFen'),
    collectedFen,
    invoicedFen: fenOrZero(raw.invoicedFen, 'invoicedFen'),
    outstandingFen: outstandingFen(amountFen, collectedFen),
    receivableFen: fenOrZero(raw.receivableFen, 'receivableFen'),
    status: ledgerStatus(raw.closedAt, raw.state),
  }
}

export interface LedgerPage {
  rows: LedgerRow[]
  total: number
  totals: LedgerTotals
}

/** R5: one page of the ledger, with the count and totals of the whole filtered ledger. Two queries. */
export async function ledgerPage(em: EntityManager, filter: LedgerFilter, page: number, pageSize: number): Promise<LedgerPage> {
  const raws = await ledgerRowsQuery(em, filter).offset((page - 1) * pageSize).limit(pageSize).getRawMany<LedgerRawRow>()
  const sums = await ledgerTotalsQuery(em, filter).getRawOne<LedgerTotalsRaw>()
  const amountFen = fenOrZero(sums?.amountFen, 'amountFen')
  const collectedFen = fenOrZero(sums?.collectedFen, 'collectedFen')
  return {
    rows: raws.map(toLedgerRow),
    total: Number(sums?.count ?? 0),
    totals: {
      amountFen,
      shippedFen: fenOrZero(sums?.shippedFen, 'shippedFen'),
      collectedFen,
      invoicedFen: fenOrZero(sums?.invoicedFen, 'invoicedFen'),
      outstandingFen: outstandingFen(amountFen, collectedFen),
      receivableFen: fenOrZero(sums?.receivableFen, 'receivableFen'),
    },
  }
}

/** Every row of the filtered ledger, in ledger order (for the export: no paging). */
export async function ledgerRows(em: EntityManager, filter: LedgerFilter): Promise<LedgerRow[]> {
  const raws = await ledgerRowsQuery(em, filter).getRawMany<LedgerRawRow>()
  return raws.map(toLedgerRow)
}

/** The column totals of some ledger rows: integer fen, summed exactly (R23). */
export function sumLedger(rows: readonly LedgerRow[]): LedgerTotals {
  const totals: LedgerTotals = { amountFen: 0, shippedFen: 0, collectedFen: 0, invoicedFen: 0, outstandingFen: 0, receivableFen: 0 }
  for (const row of rows) {
    totals.amountFen += row.amountFen
    totals.shippedFen += row.shippedFen
    totals.collectedFen += row.collectedFen
    totals.invoicedFen += row.invoicedFen
    totals.outstandingFen += row.outstandingFen
    totals.receivableFen += row.receivableFen
  }
  return totals
}

// Chinese names sort by pinyin in a select, not by code point.
const byName = new Intl.Collator('zh-CN')

/** Everyone with a signed contract, by name, for the ledger's salesperson filter. */
export async function ledgerSalespeople(em: EntityManager): Promise<Array<{ id: number; name: string }>> {
  const raws = await salespeopleQuery(em).getRawMany<{ id: number | string; name: string }>()
  return raws.map((r) => ({ id: Number(r.id), name: r.name })).sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id)
}

export interface LedgerFilterNames {
  customerName: string | null
  salespersonName: string | null
}

/** The names behind the filter's ids, for the export's title. */
export async function ledgerFilterNames(em: EntityManager, filter: LedgerFilter): Promise<LedgerFilterNames> {
  const customer = filter.customerId === undefined ? undefined : await customerNameQuery(em, filter.customerId).getRawOne<{ name: string }>()
  const person = filter.salespersonId === undefined ? undefined : await salespersonNameQuery(em, filter.salespersonId).getRawOne<{ name: string }>()
  return { customerName: customer?.name ?? null, salespersonName: person?.name ?? null }
}
