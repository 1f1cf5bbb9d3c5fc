import { Select } from 'antd'
import { useEffect, useState, type CSSProperties } from 'react'
import { call } from '../api/client'
import { useDebouncedValue } from '../hooks/use-debounced-value'

interface Option {
  value: number
  label: string
}

interface Props {
  value?: number
  onChange?(customerId: number | undefined): void
  placeholder?: string
  style?: CSSProperties
  testId: string
}

/**
 * A customer picked by typing the start of the name or the 统一社会信用代码 (customers.list), so it
 * stays quick with thousands of customers: only the first 20 matches are fetched.
 */
export function CustomerSelect({ value, onChange, placeholder = '客户', style, testId }: Props) {
  const [search, setSearch] = useState('')
  const settled = useDebouncedValue(search.trim(), 250)
  const [options, setOptions] = useState<Option[]>([])
  // The chosen customer keeps its label even when the current matches no longer include it.
  const [chosen, setChosen] = useState<Option | null>(null)
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    let stale = false
    setLoading(true)
    call('customers.list', { ...(settled ? { search: settled } : {}), page: 1, pageSize: 20 })
      .then(({ rows }) => stale || setOptions(rows.map((c) => ({ value: c.id, label: c.name }))))
      .catch(() => stale || setOptions([]))
      .finally(() => stale || setLoading(false))
    return () => {
      stale = true
    }
  }, [settled])

  const shown = chosen && chosen.value === value && !options.some((o) => o.value === value) ? [chosen, ...options] : options
  return (
    <Select<number>
      allowClear
      placeholder={placeholder}
      value={value}
      // The core filters by prefix; the options are already the matches.
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(id) => {
        setChosen(shown.find((o) => o.value === id) ?? null)
        onChange?.(id)
      }}
      onClear={() => setSearch('')}
      options={shown.map((o) => ({ ...o, 'data-testid': `customer-option-${o.value}` }))}
      loading={loading}
      notFoundContent={loading ? '查找中…' : '没有匹配的客户'}
      popupMatchSelectWidth={320}
      style={style}
      aria-label={placeholder}
      data-testid={testId}
    />
  )
}
