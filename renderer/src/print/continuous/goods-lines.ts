import { capitalAmount, formatYuan } from '../../../../shared/money'
import type { ContinuousColumn, ContinuousForm } from './continuous-form'

/** A goods line as the 发货单 and the 出库单 both print it; the prices absent for a reader without amounts. */
export interface PrintedGoodsLine {
  lineNo: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
  unitPriceFen?: number
  amountFen?: number
}

/** With prices (the reader may see amounts): widths add up to the frame's 205 mm of lines (LINES_WIDTH_MM). */
export const PRICED_COLUMNS: ContinuousColumn[] = [
  { key: 'no', label: '序号', widthMm: 8, align: 'center', kind: 'figure' },
  { key: 'code', label: '产品编码', widthMm: 34, kind: 'code' },
  { key: 'name', label: '品名', widthMm: 36, kind: 'text' },
  { key: 'spec', label: '规格型号', widthMm: 44, kind: 'text' },
  { key: 'unit', label: '单位', widthMm: 12, align: 'center', kind: 'text' },
  { key: 'quantity', label: '数量', widthMm: 19, align: 'right', kind: 'figure' },
  { key: 'price', label: '单价(元)', widthMm: 25, align: 'right', kind: 'figure' },
  { key: 'amount', label: '金额(元)', widthMm: 27, align: 'right', kind: 'figure' },
]

/** Without prices (need-to-know: a reader without amounts prints goods only); the text columns take the room. */
export const GOODS_COLUMNS: ContinuousColumn[] = [
  { key: 'no', label: '序号', widthMm: 8, align: 'center', kind: 'figure' },
  { key: 'code', label: '产品编码', widthMm: 44, kind: 'code' },
  { key: 'name', label: '品名', widthMm: 52, kind: 'text' },
  { key: 'spec', label: '规格型号', widthMm: 62, kind: 'text' },
  { key: 'unit', label: '单位', widthMm: 14, align: 'center', kind: 'text' },
  { key: 'quantity', label: '数量', widthMm: 25, align: 'right', kind: 'figure' },
]

/** The money columns of PRICED_COLUMNS: what a part may withhold (ContinuousForm.withheld). */
export const MONEY_COLUMN_KEYS = ['price', 'amount'] as const

/**
 * The lines table, its 合计 row and the total in 大写 (R23) of a goods form: priced when every line carries
 * its price (the core left them in: the reader may see amounts), goods only otherwise.
 */
export function goodsLinesPart(lines: readonly PrintedGoodsLine[]): Pick<ContinuousForm, 'columns' | 'lines' | 'totals'> & { priced: boolean } {
  const priced = lines.length > 0 && lines.every((line) => line.amountFen !== undefined && line.unitPriceFen !== undefined)
  const totalFen = lines.reduce((sum, line) => sum + (line.amountFen ?? 0), 0)
  const quantity = lines.reduce((sum, line) => sum + line.quantity, 0)
  return {
    priced,
    columns: priced ? PRICED_COLUMNS : GOODS_COLUMNS,
    lines: lines.map((line) => ({
      no: String(line.lineNo),
      code: line.productCode,
      name: line.productName,
      spec: line.spec,
      unit: line.unit,
      quantity: line.quantity.toLocaleString('en-US'),
      ...(priced ? { price: formatYuan(line.unitPriceFen!), amount: formatYuan(line.amountFen!) } : {}),
    })),
    totals: {
      cells: { quantity: quantity.toLocaleString('en-US'), ...(priced ? { amount: formatYuan(totalFen) } : {}) },
      capital: priced ? capitalAmount(totalFen) : '',
    },
  }
}
