import { useEffect, useRef } from 'react'

/**
 * Runs `tick` every `periodMs` while the window is visible, and once at once when it becomes visible
 * again: a minimised workstation should not poll the core all day, and a restored one must be fresh.
 */
export function useVisibleInterval(tick: () => void, periodMs: number): void {
  const latest = useRef(tick)
  latest.current = tick

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined
    const start = () => {
      clearInterval(timer)
      timer = setInterval(() => latest.current(), periodMs)
    }
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        latest.current()
        start()
      } else {
        clearInterval(timer)
      }
    }
    if (document.visibilityState === 'visible') start()
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [periodMs])
}
