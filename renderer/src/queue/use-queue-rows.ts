import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { QueueFilter, QueueTab } from '../../../shared/api'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { CHUNK, QueueLoader, questionKey } from './queue-loader'
import { takeArrivedList, takePrefetchedList } from './queue-prefetch'

/**
 * The rows of one tab for the given filters, loaded a chunk at a time (QueueLoader) and refreshed on
 * every tick of useQueueRefresh. `loadMore` is what the table calls as the user nears the end. Right
 * after 登录 the first chunk may have arrived already, or be on its way (queue-prefetch.ts).
 */
export function useQueueRows(tab: QueueTab, filter: QueueFilter, tick: number) {
  const [loader] = useState(() => {
    const created = new QueueLoader(
      (question, after, refreshing) =>
        (!refreshing && after === null && takePrefetchedList(question)) ||
        call(refreshing ? 'queue.refresh' : 'queue.list', { ...question, ...(after ? { after } : {}), pageSize: CHUNK }),
      errorText,
    )
    const arrived = takeArrivedList({ tab, filter })
    if (arrived) created.seed({ tab, filter }, arrived)
    return created
  })
  const state = useSyncExternalStore(loader.subscribe, loader.getSnapshot)
  const key = questionKey({ tab, filter })
  // Same filters, same object: the page builds a new one on every render.
  const stableFilter = useMemo(() => filter, [JSON.stringify(filter)])

  useEffect(() => loader.ask({ tab, filter: stableFilter }), [loader, tab, stableFilter])
  useEffect(() => () => loader.dispose(), [loader])
  useEffect(() => {
    if (tick > 0) loader.refresh()
  }, [loader, tick])

  // Until the loader has taken the new question (an effect, after this render), say "loading" at once.
  const asked = state.key === key
  const sameTab = state.tab === tab
  return {
    key,
    rows: sameTab ? state.rows : [],
    total: sameTab ? state.total : 0,
    loadingFirst: !asked || state.loading === 'first',
    loadingMore: asked && state.loading === 'more',
    error: asked ? state.error : null,
    loadMore: loader.loadMore,
  }
}
