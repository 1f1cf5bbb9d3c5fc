import { LEDGER_MONEY_FILTERS, LEDGER_STATUSES, type LedgerFilter } from '../../../shared/api'
import { isAllPeriods, periodLabel } from './ledger-period'
import type { LedgerFilterNames } from './ledger-service'

/** The export's title: what the file contains, in the words of the ledger page's filters. */
export function describeLedgerFilter(filter: LedgerFilter, names: LedgerFilterNames): string {
  const parts = [
    `期间：${periodLabel(filter.period)}`,
    `客户：${filter.customerId === undefined ? '全部' : (names.customerName ?? `#${filter.customerId}`)}`,
    `业务员：${filter.salespersonId === undefined ? '全部' : (names.salespersonName ?? `#${filter.salespersonId}`)}`,
    `状态：${filter.status ? LEDGER_STATUSES[filter.status] : '全部'}`,
    ...(filter.money ? [`款项：${LEDGER_MONEY_FILTERS[filter.money]}`] : []),
  ]
  return parts.join('　')
}

/** 合同台帐-2026-11.xlsx, 合同台帐-2026.xlsx, or 合同台帐-全部.xlsx. */
export function ledgerFileName(filter: LedgerFilter): string {
  return `合同台帐-${filter.period === undefined || isAllPeriods(filter.period) ? '全部' : filter.period}.xlsx`
}
