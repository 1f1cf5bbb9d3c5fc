import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * The height from an element's top to the bottom of the window, less `below` (what must still fit
 * under it), never less than `min`; and the element's width. A virtual table needs its body height as
 * a number (antd's `scroll.y`), so "fill the window" is measured here rather than left to CSS; the
 * queue's columns are laid out in pixels, so they need the width as a number too.
 *
 * Measured after every render (an error bar or wrapped filters above move the element), on window
 * resize, and when the element itself changes width (the side menu folds); one getBoundingClientRect,
 * and React skips the update when the numbers did not change.
 */
export function useFillHeight<T extends HTMLElement>(below: number, min: number): [RefObject<T | null>, number, number] {
  const ref = useRef<T>(null)
  const [height, setHeight] = useState(min)
  const [width, setWidth] = useState(0)
  const measure = useCallback(() => {
    const element = ref.current
    if (!element) return
    const box = element.getBoundingClientRect()
    // Document coordinates: on a window too small for `min` the page scrolls, and that must not feed back.
    const top = box.top + window.scrollY
    setHeight(Math.max(min, Math.floor(window.innerHeight - top - below)))
    setWidth(Math.floor(box.width))
  }, [below, min])
  useLayoutEffect(measure)
  useEffect(() => {
    window.addEventListener('resize', measure)
    const observer = new ResizeObserver(measure)
    if (ref.current) observer.observe(ref.current)
    return () => {
      window.removeEventListener('resize', measure)
      observer.disconnect()
    }
  }, [measure])
  return [ref, height, width]
}
