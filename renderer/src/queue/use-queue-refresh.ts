import { useCallback, useEffect, useState } from 'react'
import { onDataChanged } from '../api/client'
import { useVisibleInterval } from '../hooks/use-visible-interval'

/** How often counts and the list refresh while the window is visible (other people's actions). */
const REFRESH_MS = 15_000

/**
 * A number that grows whenever the queue should be read again: at once after our own writes, within
 * REFRESH_MS for everyone else's, and when the user presses 重试. Counts and list both follow it.
 */
export function useQueueRefresh(): [tick: number, refresh: () => void] {
  const [tick, setTick] = useState(0)
  const refresh = useCallback(() => setTick((t) => t + 1), [])
  useEffect(() => onDataChanged(refresh), [refresh])
  useVisibleInterval(refresh, REFRESH_MS)
  return [tick, refresh]
}
