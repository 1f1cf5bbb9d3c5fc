import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react'

/**
 * The queue worked from the keyboard, as someone who signs forty documents a day works it: Tab into the
 * list, ↑ ↓ (PageUp PageDown, Home End) move the highlighted row and keep it in view, Enter opens it.
 * The list is virtual, so the highlight is an index into the loaded rows, not a focused element; End
 * reaches the last row loaded, and the scroll there asks for the next chunk like any other.
 */
export function useKeyboardRow(
  holderRef: RefObject<HTMLDivElement | null>,
  rowCount: number,
  rowHeight: number,
  /** A new question starts without a highlight. */
  resetKey: string,
  open: (index: number) => void,
) {
  const [chosen, setChosen] = useState<number | null>(null)
  useEffect(() => setChosen(null), [resetKey])
  // A refresh can shorten the list under the highlight.
  const active = chosen !== null && chosen < rowCount ? chosen : null

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const holder = holderRef.current
      if (!holder || rowCount === 0) return
      const screen = Math.max(1, Math.floor(holder.clientHeight / rowHeight) - 1)
      const from = active ?? -1
      let to: number
      switch (event.key) {
        case 'ArrowDown': to = from + 1; break
        case 'ArrowUp': to = Math.max(0, from - 1); break
        case 'PageDown': to = from + screen; break
        case 'PageUp': to = from - screen; break
        case 'Home': to = 0; break
        case 'End': to = rowCount - 1; break
        case 'Enter':
          if (active !== null) open(active)
          event.preventDefault()
          return
        default:
          return
      }
      event.preventDefault()
      to = Math.min(rowCount - 1, Math.max(0, to))
      setChosen(to)
      const top = to * rowHeight
      if (top < holder.scrollTop) holder.scrollTop = top
      else if (top + rowHeight > holder.scrollTop + holder.clientHeight) holder.scrollTop = top + rowHeight - holder.clientHeight
    },
    [holderRef, rowCount, rowHeight, active, open],
  )

  return { active, onKeyDown }
}
