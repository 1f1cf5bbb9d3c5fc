import { Alert, Badge, Button, Card, Empty, Table, Tabs } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { QUEUE_TABS, type QueueCounts, type QueueFilter, type QueueRow, type QueueTab } from '../../../shared/api'
import { HEADER_HEIGHT } from '../app/theme'
import { useDebouncedValue } from '../hooks/use-debounced-value'
import { openDocument } from './open-document'
import { queueColumns } from './queue-columns'
import { hasFilter, NO_FILTER, QueueFilters, type QueueFilterValues } from './queue-filters'
import { PAGE_SIZE, useQueueData } from './use-queue-data'

const TAB_LABELS: Record<QueueTab, string> = { todo: '待办', done: '已办', started: '我发起的' }
const EMPTY_TEXT: Record<QueueTab, string> = {
  todo: '暂无待办，所有单据都处理完了',
  done: '还没有办理过的单据',
  started: '还没有发起过单据',
}

function isQueueTab(value: string | null): value is QueueTab {
  return QUEUE_TABS.some((tab) => tab === value)
}

/** The RangePicker's calendar days are what the user means; the core reads them in Asia/Shanghai. */
function toQueueFilter(values: QueueFilterValues, search: string): QueueFilter {
  const filter: QueueFilter = {}
  if (values.docType) filter.docType = values.docType
  if (values.range) {
    filter.from = values.range[0].format('YYYY-MM-DD')
    filter.to = values.range[1].format('YYYY-MM-DD')
  }
  if (search.trim()) filter.search = search.trim()
  return filter
}

function TabLabel({ tab, counts }: { tab: QueueTab; counts: QueueCounts | null }) {
  const count = counts?.[tab] ?? 0
  return (
    <span data-testid={`queue-tab-${tab}`}>
      {TAB_LABELS[tab]}
      {/* The badge animates its digits; tests read data-count, people read the badge. */}
      <span data-testid={`queue-count-${tab}`} data-count={counts ? count : ''} style={{ marginInlineStart: 6 }}>
        <Badge count={count} showZero overflowCount={999} color={tab === 'todo' && count > 0 ? undefined : '#bfbfbf'} />
      </span>
    </span>
  )
}

/** Home: 待办 / 已办 / 我发起的, each a page of 50 from the task rows the core keeps. */
export function QueuePage() {
  const [params, setParams] = useSearchParams()
  const tabParam = params.get('tab')
  const tab: QueueTab = isQueueTab(tabParam) ? tabParam : 'todo'
  const [values, setValues] = useState<QueueFilterValues>(NO_FILTER)
  const search = useDebouncedValue(values.search, 350)
  const filter = useMemo(() => toQueueFilter(values, search), [values, search])
  // The page belongs to one question (tab + filters); a new question starts on page 1 in the same
  // render, so the old page number is never sent with the new filters.
  const question = `${tab}|${JSON.stringify(filter)}`
  const [paging, setPaging] = useState({ question, page: 1 })
  const page = paging.question === question ? paging.page : 1
  const setPage = (next: number) => setPaging({ question, page: next })
  const { counts, rows, total, loading, error, refresh } = useQueueData(tab, filter, page)

  // After others' actions the last page may be gone: step back to the last page that still exists.
  useEffect(() => {
    const last = Math.max(1, Math.ceil(total / PAGE_SIZE))
    if (!loading && page > last) setPaging({ question, page: last })
  }, [loading, page, total, question])

  const columns = useMemo(() => queueColumns(tab), [tab])
  const filtered = hasFilter(values)
  const empty = error ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未能读取单据，请点上方的“重试”" data-testid="queue-empty" />
  ) : filtered ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合筛选条件的单据" data-testid="queue-empty">
      <Button onClick={() => setValues(NO_FILTER)}>清除筛选</Button>
    </Empty>
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={EMPTY_TEXT[tab]} data-testid="queue-empty" />
  )

  const content = (
    <>
      <QueueFilters values={values} onChange={setValues} />
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          action={<Button size="small" onClick={refresh}>重试</Button>}
          style={{ marginBottom: 12 }}
          data-testid="queue-error"
        />
      )}
      <Table<QueueRow>
        className="clickable-rows"
        size="small"
        rowKey={(row) => `${row.taskId ?? 'doc'}-${row.documentId}`}
        columns={columns}
        dataSource={rows}
        loading={loading}
        locale={{ emptyText: empty }}
        scroll={{ x: 1000 }}
        sticky={{ offsetHeader: HEADER_HEIGHT }}
        onRow={(row) => ({ onClick: () => openDocument(row), 'data-testid': `queue-row-${row.docNo}` })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total,
          showSizeChanger: false,
          hideOnSinglePage: false,
          showTotal: (n) => `共 ${n} 条`,
          onChange: setPage,
        }}
        data-testid="queue-table"
      />
    </>
  )

  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'todo' ? {} : { tab: key })}
        items={QUEUE_TABS.map((key) => ({
          key,
          label: <TabLabel tab={key} counts={counts} />,
          children: key === tab ? content : null,
        }))}
      />
    </Card>
  )
}
