import { useEffect, useMemo, useState } from 'react'
import { QUEUE_TABS, type QueueCounts, type QueueFilter } from '../../../shared/api'
import { call } from '../api/client'

/**
 * The three badge counts for the filters the list shows, read again on every refresh tick. Unchanged
 * counts keep the old object, so a quiet office does not re-render the page every 15 s.
 */
export function useQueueCounts(filter: QueueFilter, tick: number): QueueCounts | null {
  // Same filters, same object: the page builds a new one on every render.
  const stableFilter = useMemo(() => filter, [JSON.stringify(filter)])
  const [counts, setCounts] = useState<QueueCounts | null>(null)
  useEffect(() => {
    let stale = false
    call('queue.counts', { filter: stableFilter })
      .then((c) => stale || setCounts((old) => (old && QUEUE_TABS.every((tab) => old[tab] === c[tab]) ? old : c)))
      // Keep the last counts on a failed refresh: the list shows the error, badges need not blink.
      .catch(() => undefined)
    return () => {
      stale = true // a slower, older answer must not overwrite a newer one
    }
  }, [stableFilter, tick])
  return counts
}
