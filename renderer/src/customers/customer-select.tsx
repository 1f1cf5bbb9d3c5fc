import { Select, Typography } from 'antd'
import { useEffect, useState, type CSSProperties } from 'react'
import type { CustomerDto } from '../../../shared/api'
import { call } from '../api/client'
import { useDebouncedValue } from '../hooks/use-debounced-value'

interface Option {
  value: number
  label: string
  creditCode: string
}

interface Props {
  value?: number
  onChange?(customerId: number | undefined): void
  /** A customer already chosen (e.g. of a saved application), so its name shows before any search. */
  initial?: { id: number; name: string } | null
  placeholder?: string
  status?: 'error'
  style?: CSSProperties
  testId: string
}

const toOption = (c: CustomerDto): Option => ({ value: c.id, label: c.name, creditCode: c.creditCode })

/**
 * A customer picked by typing the start of the name or the 统一社会信用代码 (customers.list), so it
 * stays quick with thousands of customers: only the first 20 matches are fetched.
 */
export function CustomerSelect({ value, onChange, initial, placeholder = '输入客户名称开头或统一社会信用代码', status, style, testId }: Props) {
  const [search, setSearch] = useState('')
  const settled = useDebouncedValue(search.trim(), 250)
  const [options, setOptions] = useState<Option[]>([])
  // The chosen customer keeps its label even when the current matches no longer include it.
  const [chosen, setChosen] = useState<Option | null>(initial ? { value: initial.id, label: initial.name, creditCode: '' } : null)
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    let stale = false
    setLoading(true)
    call('customers.list', { ...(settled ? { search: settled } : {}), page: 1, pageSize: 20 })
      .then(({ rows }) => stale || setOptions(rows.map(toOption)))
      .catch(() => stale || setOptions([]))
      .finally(() => stale || setLoading(false))
    return () => {
      stale = true
    }
  }, [settled])

  const shown = chosen && chosen.value === value && !options.some((o) => o.value === value) ? [chosen, ...options] : options
  return (
    <Select<number, Option>
      allowClear
      placeholder={placeholder}
      value={value}
      status={status}
      // The core filters by prefix; the options are already the matches.
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(id) => {
        setChosen(shown.find((o) => o.value === id) ?? null)
        onChange?.(id)
      }}
      onClear={() => setSearch('')}
      options={shown.map((o) => ({ ...o, 'data-testid': `customer-option-${o.value}` }))}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.creditCode && (
            <Typography.Text type="secondary" className="tabular-nums" style={{ fontSize: 12 }}>
              {option.data.creditCode}
            </Typography.Text>
          )}
        </div>
      )}
      loading={loading}
      notFoundContent={loading ? '查找中…' : '没有匹配的客户，请先在客户档案中建档'}
      popupMatchSelectWidth={320}
      style={style}
      aria-label={placeholder}
      data-testid={testId}
    />
  )
}
