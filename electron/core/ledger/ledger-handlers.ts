import { LEDGER_STATUSES, type LedgerFilter } from '../../../shared/api'
import { formatShanghai } from '../../../shared/dates'
import type { Handler } from '../router/call-context'
import { isAllPeriods, periodLabel, withDefaultPeriod } from './ledger-period'
import { ledgerFilterNames, ledgerPage, ledgerRows, ledgerSalespeople, sumLedger, type LedgerFilterNames } from './ledger-service'
import { ledgerWorkbook } from './ledger-workbook'

// R5: the contract ledger (合同台帐), kept by sales and finance together (see LEDGER_READERS in shared/api).

const list: Handler<'ledger.list'> = ({ filter, page, pageSize }, { db, at }) =>
  db.read((em) => ledgerPage(em, withDefaultPeriod(filter, at), page, pageSize))

/** The export's title: what the file contains, in the words of the ledger page's filters. */
export function describeLedgerFilter(filter: LedgerFilter, names: LedgerFilterNames): string {
  const parts = [
    `期间：${periodLabel(filter.period)}`,
    `客户：${filter.customerId === undefined ? '全部' : (names.customerName ?? `#${filter.customerId}`)}`,
    `业务员：${filter.salespersonId === undefined ? '全部' : (names.salespersonName ?? `#${filter.salespersonId}`)}`,
    `状态：${filter.status ? LEDGER_STATUSES[filter.status] : '全部'}`,
  ]
  return parts.join('　')
}

/** 合同台帐-2026-11.xlsx, 合同台帐-2026.xlsx, or 合同台帐-全部.xlsx. */
export function ledgerFileName(filter: LedgerFilter): string {
  return `合同台帐-${filter.period === undefined || isAllPeriods(filter.period) ? '全部' : filter.period}.xlsx`
}

const exportLedger: Handler<'ledger.export'> = async (input, { db, at }) => {
  const filter = withDefaultPeriod(input.filter, at)
  // Only database work inside the queue (DESIGN.md pitfall): read, then build the file outside it.
  const { rows, names } = await db.read(async (em) => ({ rows: await ledgerRows(em, filter), names: await ledgerFilterNames(em, filter) }))
  const file = await ledgerWorkbook({
    description: describeLedgerFilter(filter, names),
    rows,
    totals: sumLedger(rows),
    exportedAt: formatShanghai(at.toISOString()),
    createdAt: at,
  })
  return { fileName: ledgerFileName(filter), base64: file.toString('base64'), rowCount: rows.length }
}

const salespeople: Handler<'ledger.salespeople'> = (_input, { db }) => db.read((em) => ledgerSalespeople(em))

export const ledgerHandlers = { 'ledger.list': list, 'ledger.export': exportLedger, 'ledger.salespeople': salespeople }
