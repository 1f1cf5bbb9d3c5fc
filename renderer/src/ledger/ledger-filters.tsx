import { Button, DatePicker, Flex, Segmented, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { LEDGER_MONEY_FILTERS, LEDGER_STATUSES, type LedgerFilter, type LedgerMoneyFilter, type LedgerStatus } from '../../../shared/api'
import { call } from '../api/client'
import { CustomerSelect } from '../customers/customer-select'

export type PeriodMode = 'month' | 'year' | 'all'

export interface LedgerFilterValues {
  customerId: number | undefined
  salespersonId: number | undefined
  periodMode: PeriodMode
  period: Dayjs | null
  status: LedgerStatus | undefined
  money: LedgerMoneyFilter | undefined
}

export const NO_LEDGER_FILTER: LedgerFilterValues = {
  customerId: undefined,
  salespersonId: undefined,
  periodMode: 'month',
  period: null,
  status: undefined,
  money: undefined,
}

/** Anything other than the page's opening view (this month, everyone, every status). */
export function hasLedgerFilter(v: LedgerFilterValues): boolean {
  return v.customerId !== undefined || v.salespersonId !== undefined || v.periodMode !== 'month' || v.period !== null || v.status !== undefined || v.money !== undefined
}

/**
 * The form's values as the API's filter: the signing month "YYYY-MM", the whole year "YYYY", or "all".
 * 按月 with no month picked sends no period: the core reads it as this month by its own clock (Shanghai).
 */
export function toLedgerFilter(v: LedgerFilterValues): LedgerFilter {
  const filter: LedgerFilter = {}
  if (v.customerId !== undefined) filter.customerId = v.customerId
  if (v.salespersonId !== undefined) filter.salespersonId = v.salespersonId
  if (v.periodMode === 'all') filter.period = 'all'
  else if (v.period) filter.period = v.period.format(v.periodMode === 'month' ? 'YYYY-MM' : 'YYYY')
  if (v.status) filter.status = v.status
  if (v.money) filter.money = v.money
  return filter
}

const STATUS_OPTIONS = (Object.keys(LEDGER_STATUSES) as LedgerStatus[]).map((status) => ({ value: status, label: LEDGER_STATUSES[status] }))
const MONEY_OPTIONS = (Object.keys(LEDGER_MONEY_FILTERS) as LedgerMoneyFilter[]).map((money) => ({ value: money, label: LEDGER_MONEY_FILTERS[money] }))

/** 客户, 业务员, 签订期间 (month or whole year), 状态, 款项 (what is still open). */
export function LedgerFilters({ values, onChange }: { values: LedgerFilterValues; onChange(values: LedgerFilterValues): void }) {
  const [salespeople, setSalespeople] = useState<{ value: number; label: string }[]>([])
  useEffect(() => {
    call('ledger.salespeople', {})
      .then((people) => setSalespeople(people.map((p) => ({ value: p.id, label: p.name }))))
      .catch(() => setSalespeople([]))
  }, [])

  return (
    <Flex gap={8} wrap align="center">
      <CustomerSelect
        value={values.customerId}
        onChange={(customerId) => onChange({ ...values, customerId })}
        placeholder="客户"
        style={{ width: 220 }}
        testId="ledger-filter-customer"
      />
      <Select<number>
        allowClear
        placeholder="业务员"
        value={values.salespersonId}
        onChange={(salespersonId) => onChange({ ...values, salespersonId })}
        options={salespeople}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 130 }}
        aria-label="业务员"
        data-testid="ledger-filter-salesperson"
      />
      <Segmented<PeriodMode>
        value={values.periodMode}
        options={[
          { value: 'month', label: '按月' },
          { value: 'year', label: '全年' },
          { value: 'all', label: '全部' },
        ]}
        // Keep the chosen year when switching: 2026-11 becomes 2026 and back. A whole year with none
        // picked is this year (the month mode's "this month" is the core's; a year is plain to see).
        onChange={(periodMode) => onChange({ ...values, periodMode, period: periodMode === 'year' && !values.period ? dayjs() : values.period })}
        data-testid="ledger-filter-period-mode"
      />
      {values.periodMode !== 'all' && (
        <DatePicker
          picker={values.periodMode}
          value={values.period}
          onChange={(period: Dayjs | null) => onChange({ ...values, period })}
          // No month picked is this month: the placeholder says so rather than look like "no filter".
          placeholder={values.periodMode === 'month' ? '本月' : '签订年度'}
          allowClear
          style={{ width: 130 }}
          data-testid="ledger-filter-period"
        />
      )}
      <Select<LedgerStatus>
        allowClear
        placeholder="状态"
        value={values.status}
        onChange={(status) => onChange({ ...values, status })}
        options={STATUS_OPTIONS}
        style={{ width: 110 }}
        aria-label="状态"
        data-testid="ledger-filter-status"
      />
      <Select<LedgerMoneyFilter>
        allowClear
        placeholder="款项"
        value={values.money}
        onChange={(money) => onChange({ ...values, money })}
        options={MONEY_OPTIONS}
        style={{ width: 140 }}
        aria-label="款项"
        data-testid="ledger-filter-money"
      />
      {hasLedgerFilter(values) && (
        <Button onClick={() => onChange(NO_LEDGER_FILTER)} data-testid="ledger-filter-reset">
          清除筛选
        </Button>
      )}
    </Flex>
  )
}
