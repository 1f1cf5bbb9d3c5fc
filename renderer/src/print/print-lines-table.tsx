import type { DocumentLineDto } from '../../../shared/api'
import { formatBps } from '../../../shared/percent'
import { belowFloorBps } from '../documents/terms-math'
import { FitText } from './fit-text'
import { capitalOrDash, yuanOrDash } from '../format/guarded-yuan'

/**
 * The product lines with the total in figures and 大写 (R23); its header repeats on every printed page.
 * `withPolicy` adds the list price and a below-floor note (R1) for the signers of an application; a
 * contract leaves them out: the paper states the agreed prices, not the office's price policy.
 */
export function PrintLinesTable({ lines, totalFen, withPolicy = true }: { lines: DocumentLineDto[]; totalFen: number | null; withPolicy?: boolean }) {
  return (
    <table className="print-table" data-testid="print-lines">
      <colgroup>
        {/* 180 mm between the margins: fixed columns for codes and figures, name and spec share the rest. */}
        <col style={{ width: '10mm' }} />
        <col style={{ width: '25mm' }} />
        <col style={{ width: '23mm' }} />
        <col />
        <col style={{ width: '10mm' }} />
        <col style={{ width: '12mm' }} />
        <col style={{ width: '21mm' }} />
        {withPolicy && <col style={{ width: '21mm' }} />}
        <col style={{ width: '25mm' }} />
      </colgroup>
      <thead>
        <tr>
          <th>序号</th>
          <th>产品编码</th>
          <th>名称</th>
          <th>规格</th>
          <th>单位</th>
          <th>数量</th>
          <th>单价（元）</th>
          {withPolicy && <th>牌价（元）</th>}
          <th>金额（元）</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const below = belowFloorBps(line.unitPriceFen ?? 0, line.floorPriceFen ?? 0)
          return (
            <tr key={line.lineNo}>
              <td className="center">
                <FitText text={line.lineNo} />
              </td>
              <td className="code" data-testid={`print-line-code-${line.lineNo}`}>
                <FitText text={line.productCode} kind="code" />
              </td>
              <td>{line.productName}</td>
              <td>{line.spec || '—'}</td>
              <td className="center">{line.unit}</td>
              <td className="num">
                <FitText text={line.quantity} />
              </td>
              <td className="num">
                <FitText text={yuanOrDash(line.unitPriceFen)} />
                {withPolicy && below > 0 && <span className="print-below-floor">低于底价 {formatBps(below)}</span>}
              </td>
              {withPolicy && (
                <td className="num">
                  <FitText text={yuanOrDash(line.listPriceFen)} />
                </td>
              )}
              <td className="num">
                <FitText text={yuanOrDash(line.amountFen)} />
              </td>
            </tr>
          )
        })}
        <tr className="total-row">
          <td colSpan={2} className="center">
            合计
          </td>
          <td colSpan={withPolicy ? 5 : 4} data-testid="print-total-capital">
            人民币（大写）：{capitalOrDash(totalFen)}
          </td>
          <td colSpan={2} className="num" data-testid="print-total">
            <FitText text={totalFen === null ? '—' : `¥${yuanOrDash(totalFen)}`} />
          </td>
        </tr>
      </tbody>
    </table>
  )
}
