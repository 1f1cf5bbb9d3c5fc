import { useEffect, useMemo, useState } from 'react'
import type { QueueCounts, QueueFilter, QueuePage, QueueTab } from '../../../shared/api'
import { call, onDataChanged } from '../api/client'
import { errorText } from '../api/error-text'
import { useVisibleInterval } from '../hooks/use-visible-interval'

/** How often counts and the list refresh while the window is visible (other people's actions). */
const REFRESH_MS = 15_000
export const PAGE_SIZE = 50

interface ListState {
  page: QueuePage | null
  /** The query the shown rows belong to; a different one means "loading", a refresh of the same does not. */
  key: string | null
  tab: QueueTab
  error: string | null
}

/** The rows of one tab and the counts of all three, for the same filters, kept fresh. */
export function useQueueData(tab: QueueTab, filter: QueueFilter, page: number) {
  const [version, setVersion] = useState(0)
  const refresh = () => setVersion((v) => v + 1)
  // Our own writes refresh at once; everyone else's show up within REFRESH_MS.
  useEffect(() => onDataChanged(refresh), [])
  useVisibleInterval(refresh, REFRESH_MS)

  const filterKey = JSON.stringify(filter)
  // Same filters, same object: a re-render must not refetch (the page builds a new object each time).
  const stableFilter = useMemo(() => filter, [filterKey])
  const listKey = `${tab}|${filterKey}|${page}`

  const [counts, setCounts] = useState<QueueCounts | null>(null)
  useEffect(() => {
    let stale = false
    call('queue.counts', { filter: stableFilter })
      .then((c) => stale || setCounts(c))
      // Keep the last counts on a failed refresh: the list shows the error, badges need not blink.
      .catch(() => undefined)
    return () => {
      stale = true
    }
  }, [stableFilter, version])

  const [list, setList] = useState<ListState>({ page: null, key: null, tab, error: null })
  useEffect(() => {
    let stale = false
    call('queue.list', { tab, filter: stableFilter, page, pageSize: PAGE_SIZE })
      .then((result) => stale || setList({ page: result, key: listKey, tab, error: null }))
      .catch((error: unknown) => stale || setList((s) => ({ ...s, key: listKey, error: errorText(error) })))
    return () => {
      stale = true // a slower, older answer must not overwrite a newer one
    }
  }, [tab, stableFilter, page, listKey, version])

  const current = list.key === listKey
  // While another page of the same tab loads, keep its rows under the spinner; never show another tab's.
  const sameTab = list.tab === tab
  return {
    counts,
    rows: sameTab ? (list.page?.rows ?? []) : [],
    total: sameTab ? (list.page?.total ?? 0) : 0,
    loading: !current,
    error: current ? list.error : null,
    refresh,
  }
}
