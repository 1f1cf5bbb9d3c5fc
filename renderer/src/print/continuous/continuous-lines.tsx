import { FitText } from '../fit-text'
import type { ContinuousColumn, ContinuousForm } from './continuous-form'

const alignClass = (column: ContinuousColumn) => (column.align && column.align !== 'left' ? column.align : undefined)

function Cell({ column, text }: { column: ContinuousColumn; text: string }) {
  return <td className={alignClass(column)}>{text === '' ? '' : column.kind === 'text' ? text : <FitText text={text} kind={column.kind} />}</td>
}

/**
 * The lines table of one page (its header repeated on every page) and, on the last page, the 合计 row:
 * the leading columns without a total merge into one cell that says 合计.
 */
export function ContinuousLines({ form, rows, withTotals, rowRef }: { form: ContinuousForm; rows: readonly number[]; withTotals: boolean; rowRef?: (index: number, row: HTMLTableRowElement | null) => void }) {
  const { columns, lines, totals } = form
  const firstTotal = columns.findIndex((column) => totals.cells[column.key] !== undefined)
  const labelSpan = firstTotal < 0 ? columns.length : Math.max(firstTotal, 1)
  return (
    <table className="cf-lines" data-testid="cf-lines">
      <colgroup>
        {columns.map((column) => (
          <col key={column.key} style={{ width: `${column.widthMm}mm` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key}>{column.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((index) => (
          <tr key={index} ref={rowRef ? (row) => rowRef(index, row) : undefined} data-testid="cf-line">
            {columns.map((column) => (
              <Cell key={column.key} column={column} text={lines[index]?.[column.key] ?? ''} />
            ))}
          </tr>
        ))}
      </tbody>
      {withTotals && (
        <tfoot>
          <tr data-testid="cf-totals">
            <td colSpan={labelSpan} className="center">
              合计
            </td>
            {columns.slice(labelSpan).map((column) => (
              <Cell key={column.key} column={column} text={totals.cells[column.key] ?? ''} />
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  )
}

/** Below the last page's table: the note (备注), the total in Chinese capitals (R23) and the trail's signature boxes. */
export function ContinuousTail({ form }: { form: ContinuousForm }) {
  const columns = Math.min(Math.max(form.signatures.length, 1), 6)
  return (
    <div data-testid="cf-tail">
      {form.note && form.note.value !== '' && (
        <div className="cf-note">
          {form.note.label}：<span data-testid="cf-note">{form.note.value}</span>
        </div>
      )}
      {/* A form printed without money (need-to-know: goods only) has no 大写 line. */}
      {form.totals.capital !== '' && (
        <div className="cf-capital">
          {form.totals.capitalLabel ?? '金额合计（大写）'}：<span data-testid="cf-capital">{form.totals.capital}</span>
        </div>
      )}
      {form.signatures.length > 0 && (
        <div className="cf-signatures" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
          {form.signatures.map((box) => (
            <div className="cf-signature" key={box.key}>
              <div className="post">{box.post}</div>
              <div>
                签名：{box.name}
                {box.role && `（${box.role}）`}
              </div>
              <div>日期：{box.date}</div>
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
