import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * The height from an element's top to the bottom of the window, less `below` (what must still fit
 * under it), never less than `min`. A virtual table needs its body height as a number (antd's
 * `scroll.y`), so "fill the window" is measured here rather than left to CSS.
 *
 * Measured after every render (an error bar or wrapped filters above move the element) and on window
 * resize; one getBoundingClientRect, and React skips the update when the number did not change.
 */
export function useFillHeight<T extends HTMLElement>(below: number, min: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [height, setHeight] = useState(min)
  const measure = useCallback(() => {
    const element = ref.current
    if (!element) return
    // Document coordinates: on a window too small for `min` the page scrolls, and that must not feed back.
    const top = element.getBoundingClientRect().top + window.scrollY
    setHeight(Math.max(min, Math.floor(window.innerHeight - top - below)))
  }, [below, min])
  useLayoutEffect(measure)
  useEffect(() => {
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [measure])
  return [ref, height]
}
