import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * Where the element will be, guessed before it is laid out (issue 10): a right guess lets its first
 * render already have its size, and the page is laid out once instead of once without and once with
 * what the size decides; a wrong one costs what measuring alone costs (the effect corrects it before
 * the first paint). `top` in document coordinates.
 */
export interface FillGuess {
  top: number
  width: number
}

const heightUnder = (top: number, below: number, min: number) => Math.max(min, Math.floor(window.innerHeight - top - below))

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
export function useFillHeight<T extends HTMLElement>(below: number, min: number, guess?: () => FillGuess): [RefObject<T | null>, number, number] {
  const ref = useRef<T>(null)
  // The first render takes the guess (or nothing); the layout effect below measures before the first paint.
  const [first] = useState(() => guess?.())
  const [height, setHeight] = useState(() => (first ? heightUnder(first.top, below, min) : min))
  const [width, setWidth] = useState(first?.width ?? 0)
  const measure = useCallback(() => {
    const element = ref.current
    if (!element) return
    const box = element.getBoundingClientRect()
    // Document coordinates: on a window too small for `min` the page scrolls, and that must not feed back.
    setHeight(heightUnder(box.top + window.scrollY, below, min))
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
