import { useState } from 'react'

/**
 * For each named flag, whether it has ever been true: a dialog is mounted from its first opening on and
 * then stays (so it can animate closed), but costs nothing on the first render of the page that holds it.
 */
export function useOpenedOnce<K extends string>(open: Record<K, boolean>): Record<K, boolean> {
  const [opened, setOpened] = useState(open)
  const newly = (Object.keys(open) as K[]).filter((key) => open[key] && !opened[key])
  if (newly.length > 0) {
    // Set during render (React's pattern for state derived from props): the opening render already has it.
    const next = { ...opened }
    for (const key of newly) next[key] = true
    setOpened(next)
    return next
  }
  return opened
}
