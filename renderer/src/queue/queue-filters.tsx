import { SearchOutlined } from '@ant-design/icons'
import { Button, DatePicker, Flex, Input, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { memo } from 'react'
import type { DocumentType } from '../../../shared/document-number'
import { BUILT_DOC_TYPES, docTypeLabel } from '../doc-types/labels'

export interface QueueFilterValues {
  docType: DocumentType | undefined
  range: [Dayjs, Dayjs] | null
  search: string
}

export const NO_FILTER: QueueFilterValues = { docType: undefined, range: null, search: '' }

export function hasFilter(values: QueueFilterValues): boolean {
  return values.docType !== undefined || values.range !== null || values.search.trim() !== ''
}

// Only the types the workstation runs (shared/doc-types). Test ids reach the option rows (antd passes
// data-* through), so e2e can pick a type by its key.
export const TYPE_OPTIONS = BUILT_DOC_TYPES.map((type) => ({
  value: type,
  label: docTypeLabel(type),
  'data-testid': `doc-type-option-${type}`,
}))

/**
 * 单据类型, 日期, 单号或客户名称: the same filters drive the list and the tab counts. Memoised: the range
 * picker is the costliest part of the page to render, and the page also re-renders when only the
 * counts or the list's loading state changed.
 */
export const QueueFilters = memo(function QueueFilters({ values, onChange }: { values: QueueFilterValues; onChange(values: QueueFilterValues): void }) {
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Select<DocumentType>
        placeholder="单据类型"
        allowClear
        value={values.docType}
        onChange={(docType) => onChange({ ...values, docType })}
        options={TYPE_OPTIONS}
        style={{ width: 150 }}
        // 13 types: all rendered (no virtual list), so every option is in the DOM and one short scroll away.
        virtual={false}
        listHeight={320}
        aria-label="单据类型"
        data-testid="queue-filter-type"
      />
      {/* The picker copies data-* onto both of its inputs; the wrapper gives the pair one test id. */}
      <span data-testid="queue-filter-date">
        <DatePicker.RangePicker
          value={values.range}
          onChange={(range) => onChange({ ...values, range: range?.[0] && range[1] ? [range[0], range[1]] : null })}
          allowClear
          style={{ width: 260 }}
        />
      </span>
      <Input
        placeholder="单号或客户名称"
        prefix={<SearchOutlined />}
        allowClear
        maxLength={40}
        value={values.search}
        onChange={(event) => onChange({ ...values, search: event.target.value })}
        style={{ width: 240 }}
        aria-label="搜索单号或客户名称"
        data-testid="queue-filter-search"
      />
      {hasFilter(values) && (
        <Button onClick={() => onChange(NO_FILTER)} data-testid="queue-filter-reset">
          清除筛选
        </Button>
      )}
    </Flex>
  )
})
