import { useLayoutEffect, useRef, useState } from 'react'
import { CONTENT_MM, FOUR_PARTS, type ContinuousForm } from './continuous-form'
import { ContinuousHead } from './continuous-head'
import { ContinuousLines, ContinuousTail } from './continuous-lines'
import { ContinuousPage } from './continuous-page'
import type { Offset } from './desk-print-settings'
import { paginate } from './paginate'
import './continuous.css'

const PX_PER_MM = 96 / 25.4
/** The foot line (4 mm) and a millimetre between it and the lines. */
const FOOT_MM = 5
/** Rounding between screen and print stays on the safe side. */
const SLACK_PX = 2

interface Props {
  form: ContinuousForm
  /** 'plain': each part its own run of pages; 'carbonless': one run, all four parts named in the gutter. */
  paper: 'plain' | 'carbonless'
  offset: Offset
}

/**
 * A continuous form on 241 × 140 mm paper (docs/printed-forms.md "Continuous paper"), from its typed
 * description: the lines are measured off screen at the printed width (codes and figures already fitted by
 * FitText, so a wrapped value counts at its real height), split into pages, and each page printed with
 * the head repeated and 第 x 页 共 y 页 counted within its part. `data-ready` is set once the fonts are
 * in and the pages are final: print (or save a PDF) only then.
 */
export function ContinuousSheets({ form, paper, offset }: Props) {
  const measureRef = useRef<HTMLDivElement>(null)
  const [pages, setPages] = useState<number[][] | null>(null)
  const [ready, setReady] = useState(false)
  const allRows = form.lines.map((_, index) => index)

  useLayoutEffect(() => {
    let gone = false
    const measure = () => {
      const box = measureRef.current
      if (!box) return
      const top = box.getBoundingClientRect().top
      const headBottom = box.querySelector('thead')?.getBoundingClientRect().bottom ?? top
      const rowHeights = [...box.querySelectorAll('tbody > tr')].map((row) => row.getBoundingClientRect().height)
      const tailTop = box.querySelector('tfoot')?.getBoundingClientRect().top ?? 0
      const tailBottom = box.querySelector('[data-testid="cf-tail"]')?.getBoundingClientRect().bottom ?? tailTop
      const room = (CONTENT_MM.height - FOOT_MM) * PX_PER_MM - (headBottom - top) - SLACK_PX
      setPages(paginate(rowHeights, room, tailBottom - tailTop))
    }
    setReady(false)
    measure()
    // FitText refits when the fonts arrive (its callback was registered first, as a child): measure after it.
    void document.fonts.ready.then(() => {
      if (gone) return
      measure()
      setReady(true)
    })
    return () => {
      gone = true
    }
  }, [form])

  const runs = paper === 'plain' ? FOUR_PARTS.map((part) => [part] as const) : [FOUR_PARTS]
  return (
    <div className="cf-sheets" data-testid="cf-sheets" data-ready={ready && pages !== null ? 'true' : undefined} data-pages={pages?.length}>
      <div className="cf-main cf-measure" ref={measureRef} aria-hidden>
        <ContinuousHead form={form} pageNo={1} pageCount={1} qr={false} />
        <ContinuousLines form={form} rows={allRows} withTotals />
        <ContinuousTail form={form} />
      </div>
      {pages &&
        runs.flatMap((parts) =>
          pages.map((rows, i) => <ContinuousPage key={`${parts.length === 1 ? parts[0].key : 'all'}-${i}`} form={form} rows={rows} pageNo={i + 1} pageCount={pages.length} parts={parts} offset={offset} />),
        )}
    </div>
  )
}
