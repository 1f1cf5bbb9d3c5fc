import type { Offset } from './desk-print-settings'
import { formForPart, type ContinuousForm, type FormPart } from './continuous-form'
import { ContinuousHead, PartGutter } from './continuous-head'
import { ContinuousLines, ContinuousTail } from './continuous-lines'

interface Props {
  form: ContinuousForm
  rows: readonly number[]
  pageNo: number
  pageCount: number
  parts: readonly FormPart[]
  offset: Offset
}

/**
 * One 241 × 140 mm page: the head repeated, this page's lines, and on the last page the 合计 row, 大写 and
 * the signature boxes; who printed it at the foot. Everything printed moves by the desk's calibration
 * offset (0.1 mm units).
 */
export function ContinuousPage({ form: whole, rows, pageNo, pageCount, parts, offset }: Props) {
  // One part on plain paper may withhold columns (need to know); the layout is the whole form's.
  const form = formForPart(whole, parts.length === 1 ? parts[0]! : null)
  const last = pageNo === pageCount
  const moved = offset.x !== 0 || offset.y !== 0 ? `translate(${offset.x / 10}mm, ${offset.y / 10}mm)` : undefined
  return (
    <section className="cf-sheet" data-testid="cf-sheet" data-part={parts.length === 1 ? parts[0]!.key : 'all'} data-page={pageNo}>
      <div className="cf-content" style={{ transform: moved }}>
        {form.specimen && <div className="cf-stamp">样张</div>}
        {form.voided && <div className="cf-stamp">已作废</div>}
        <div className="cf-main">
          <ContinuousHead form={form} pageNo={pageNo} pageCount={pageCount} />
          <ContinuousLines form={form} rows={rows} withTotals={last} />
          {last && <ContinuousTail form={form} />}
          <div className="cf-foot">
            <span>
              打印：{form.printedBy}　{form.printedAt}
              {form.copy > 1 ? `　第 ${form.copy} 次打印` : ''}
            </span>
            <span>{last ? '' : '（续下页）'}</span>
          </div>
        </div>
        <PartGutter parts={parts} />
      </div>
    </section>
  )
}
