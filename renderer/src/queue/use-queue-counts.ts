import { useEffect, useMemo, useRef, useState } from 'react'
import { QUEUE_TABS, type QueueCounts, type QueueFilter } from '../../../shared/api'
import { call } from '../api/client'
import { takeArrivedCounts, takePrefetchedCounts } from './queue-prefetch'

/**
 * The three badge counts for the filters the list shows, read again on every refresh tick. Unchanged
 * counts keep the old object, so a quiet office does not re-render the page every 15 s.
 */
export function useQueueCounts(filter: QueueFilter, tick: number): QueueCounts | null {
  // Same filters, same object: the page builds a new one on every render.
  const stableFilter = useMemo(() => filter, [JSON.stringify(filter)])
  // Right after 登录 the counts may have arrived already (queue-prefetch.ts): shown at once, not asked again.
  const [counts, setCounts] = useState<QueueCounts | null>(() => takeArrivedCounts(filter))
  const arrived = useRef(counts !== null)
  useEffect(() => {
    if (arrived.current) {
      arrived.current = false
      return
    }
    let stale = false
    const answer = takePrefetchedCounts(stableFilter) ?? call('queue.counts', { filter: stableFilter })
    answer
      .then((c) => stale || setCounts((old) => (old && QUEUE_TABS.every((tab) => old[tab] === c[tab]) ? old : c)))
      // Keep the last counts on a failed refresh: the list shows the error, badges need not blink.
      .catch(() => undefined)
    return () => {
      stale = true // a slower, older answer must not overwrite a newer one
    }
  }, [stableFilter, tick])
  return counts
}
