import { Select, Typography } from 'antd'
import { useEffect, useState } from 'react'
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
  onChange?: (value: number | undefined) => void
  /** The customer of a saved application, so its name shows before any search. */
  initial?: { id: number; name: string } | null
  status?: 'error'
}

const toOption = (c: CustomerDto): Option => ({ value: c.id, label: c.name, creditCode: c.creditCode })

/** 客户: searched in the core by the start of the name or credit code (customers.list), 20 at a time; the chosen one stays labelled. */
export function CustomerSelect({ value, onChange, initial, status }: Props) {
  const [search, setSearch] = useState('')
  const settled = useDebouncedValue(search, 300)
  const [options, setOptions] = useState<Option[]>([])
  const [loading, setLoading] = useState(false)
  const [chosen, setChosen] = useState<Option | null>(initial ? { value: initial.id, label: initial.name, creditCode: '' } : null)

  useEffect(() => {
    let stale = false
    setLoading(true)
    call('customers.list', { search: settled.trim() || undefined, page: 1, pageSize: 20 })
      .then((page) => stale || setOptions(page.rows.map(toOption)))
      .catch(() => stale || setOptions([]))
      .finally(() => stale || setLoading(false))
    return () => {
      stale = true
    }
  }, [settled])

  // The selected customer must stay among the options, or antd would show its bare id.
  const merged = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options
  return (
    <Select<number, Option>
      value={value}
      status={status}
      placeholder="输入客户名称开头或统一社会信用代码搜索"
      allowClear
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={merged}
      notFoundContent={loading ? '正在查找…' : '没有找到该客户，请先在客户档案中建档'}
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
      onChange={(id, option) => {
        setChosen(Array.isArray(option) ? null : (option ?? null))
        onChange?.(id)
      }}
      style={{ width: '100%' }}
      data-testid="app-customer"
    />
  )
}
