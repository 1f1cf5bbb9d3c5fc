import { Fragment, useLayoutEffect, useRef } from 'react'

/**
 * The smallest type each kind is shrunk to before it wraps instead. A code wraps early (at 7.5 pt, at its
 * own - / . _ where it can): a code in small type is misread more easily than one on two lines. A figure
 * shrinks further (6 pt is still legible on A4), then wraps only after a thousands comma, so each line
 * holds whole groups of digits and 1,000,000,000,000.00 never reads as 1,000,000,000,00 above 0.00.
 */
const FLOOR_PT = { code: 7.5, figure: 6 } as const
const STEP_PT = 0.25
const PX_PER_PT = 96 / 72

/**
 * A code, number or amount on a printed form (docs/printed-forms.md "Never a character lost"): it prints
 * on one line at the table's size when it fits; otherwise it shrinks until it does; at its kind's floor
 * it wraps rather than shrink further. It is never clipped: Z41H-16C-DN400 printed as Z41H-16C-DN40 is
 * another valve.
 *
 * Measured on screen: the on-screen sheet is 180 mm between its paddings, exactly the printed width
 * between the @page margins, so the size chosen here is the size that prints. Measured again once the
 * fonts are ready, in case a font arrived after the first layout.
 */
export function FitText({ text, kind = 'figure' }: { text: string | number; kind?: 'code' | 'figure' }) {
  const ref = useRef<HTMLSpanElement>(null)
  const floorPt = FLOOR_PT[kind]

  useLayoutEffect(() => {
    const span = ref.current
    if (!span) return
    let gone = false
    fit(span, floorPt)
    void document.fonts.ready.then(() => gone || fit(span, floorPt))
    return () => {
      gone = true
    }
  }, [text, floorPt])

  const parts = kind === 'figure' ? String(text).split(/(?<=,)/) : [String(text)]
  return (
    <span ref={ref} className={`print-fit ${kind}`}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  )
}

function fit(span: HTMLSpanElement, floorPt: number): void {
  const box = span.parentElement
  if (!box) return
  span.classList.remove('print-fit-wrap')
  span.style.fontSize = ''
  const style = getComputedStyle(box)
  const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
  let sizePt = parseFloat(getComputedStyle(span).fontSize) / PX_PER_PT
  // Whole widths only: a span a fraction of a pixel too wide is still cut by nothing, but rounding
  // errors between screen and print are kept on the safe side by half a pixel.
  while (span.getBoundingClientRect().width > room - 0.5 && sizePt > floorPt) {
    sizePt = Math.max(floorPt, sizePt - STEP_PT)
    span.style.fontSize = `${sizePt}pt`
  }
  if (span.getBoundingClientRect().width > room - 0.5) span.classList.add('print-fit-wrap')
}
