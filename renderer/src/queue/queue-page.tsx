import { Alert, Badge, Button, Card, Checkbox, Empty, Flex, Tabs } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { QUEUE_TABS, type QueueCounts, type QueueFilter, type QueueTab } from '../../../shared/api'
import { useDebouncedValue } from '../hooks/use-debounced-value'
import { QueueExportButton } from './queue-export-button'
import { hasFilter, NO_FILTER, QueueFilters, type QueueFilterValues } from './queue-filters'
import { BatchApprove } from './batch-approve'
import { QueueFooter } from './queue-footer'
import { setQueueQuestion } from './queue-position'
import type { QueueListRow } from './queue-rows-merge'
import { QueueTable } from './queue-table'
import { useQueueCounts } from './use-queue-counts'
import { useQueueRefresh } from './use-queue-refresh'
import { useQueueRows } from './use-queue-rows'

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

/** Home: 待办 / 已办 / 我发起的 from the task rows the core keeps, each one scrolling list loaded as it is read. */
export function QueuePage() {
  const [params, setParams] = useSearchParams()
  const tabParam = params.get('tab')
  const tab: QueueTab = isQueueTab(tabParam) ? tabParam : 'todo'
  const [values, setValues] = useState<QueueFilterValues>(NO_FILTER)
  const search = useDebouncedValue(values.search, 350)
  const filter = useMemo(() => toQueueFilter(values, search), [values, search])
  const [tick, refresh] = useQueueRefresh()
  const counts = useQueueCounts(filter, tick)
  const list = useQueueRows(tab, filter, tick)
  useEffect(() => setQueueQuestion(tab, filter), [tab, filter])

  // 批量同意: the 待办 rows ticked, by document, in the order ticked.
  const [ticked, setTicked] = useState<ReadonlyMap<number, QueueListRow>>(new Map())
  const toggle = useCallback((row: QueueListRow) => {
    setTicked((current) => {
      const next = new Map(current)
      if (next.has(row.documentId)) next.delete(row.documentId)
      else next.set(row.documentId, row)
      return next
    })
  }, [])
  const clearTicked = useCallback(() => setTicked(new Map()), [])
  const allTicked = list.rows.length > 0 && list.rows.every((row) => ticked.has(row.documentId))
  const someTicked = ticked.size > 0
  const selection = useMemo(() => {
    if (tab !== 'todo') return undefined
    const header = (
      <Checkbox
        checked={allTicked}
        indeterminate={someTicked && !allTicked}
        onChange={() => setTicked(allTicked ? new Map() : new Map(list.rows.map((row) => [row.documentId, row])))}
        aria-label="选择已载入的全部待办"
        data-testid="queue-select-all"
      />
    )
    return { selected: new Set(ticked.keys()) as ReadonlySet<number>, toggle, header }
  }, [tab, ticked, toggle, allTicked, someTicked, list.rows])

  const filtered = hasFilter(values)
  // Memoised with the table: a re-render of the page (counts, typing in the search box) must not redraw
  // every row in view.
  const empty = useMemo(
    () =>
      list.error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未能读取单据，请点上方的“重试”" data-testid="queue-empty" />
      ) : filtered ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合筛选条件的单据" data-testid="queue-empty">
          <Button onClick={() => setValues(NO_FILTER)}>清除筛选</Button>
        </Empty>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={EMPTY_TEXT[tab]} data-testid="queue-empty" />
      ),
    [list.error, filtered, tab],
  )

  const content = (
    <>
      <Flex justify="space-between" align="start" gap={8}>
        <QueueFilters values={values} onChange={setValues} />
        <QueueExportButton tab={tab} filter={filter} />
      </Flex>
      {list.error && (
        <Alert
          type="error"
          showIcon
          title={list.error}
          action={<Button size="small" onClick={refresh}>重试</Button>}
          style={{ marginBottom: 12 }}
          data-testid="queue-error"
        />
      )}
      <QueueTable tab={tab} questionKey={list.key} rows={list.rows} loadingFirst={list.loadingFirst} empty={empty} onNearEnd={list.loadMore} selection={selection} />
      <QueueFooter
        loaded={list.rows.length}
        total={list.total}
        loadingMore={list.loadingMore}
        actions={tab === 'todo' ? <BatchApprove rows={[...ticked.values()]} onDone={refresh} onClear={clearTicked} /> : undefined}
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
