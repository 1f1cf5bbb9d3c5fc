import { capitalAmount, formatYuan } from '../../../../shared/money'
import type { ContinuousColumn, ContinuousForm } from './continuous-form'
import { PRICED_COLUMNS } from './goods-lines'

/**
 * The 样张 (specimen) printed from 打印校准: a 发货单 layout filled with the longest values the schemas allow
 * (as tests/e2e/print-longest.spec.ts: company 60, customer 100, address 200, people 32, product code 32,
 * name 60, specification 100, unit 8, quantity 1,000,000, price 1e14 fen, a 16-digit total) on four
 * lines, which at those lengths run over several pages (page x of y, the head repeated). It shows a desk, before real paper is wasted, where everything lands;
 * the end-to-end test reads every value back whole from its PDF. Not a document: nothing is logged.
 */

/** `base` repeated to exactly `length` characters, ending in `tail` (a lost last character shows). */
export function longest(base: string, length: number, tail: string): string {
  return base.repeat(Math.ceil(length / base.length)).slice(0, length - tail.length) + tail
}

/** The 样张 is a priced 发货单: the priced goods columns (goods-lines.ts). */
export const SPECIMEN_COLUMNS: ContinuousColumn[] = PRICED_COLUMNS

export const SPECIMEN_VALUES = {
  company: longest('江南精工机械装备制造', 60, '集团股份有限公司'),
  customer: longest('郑州市顺达热电', 100, '有限责任公司'),
  address: longest('河南省郑州市中原区建设西路', 200, '号院'),
  consignee: longest('徐海', 32, '峰'),
  phone: longest('0371-6555123', 32, '9'),
  person: longest('欧阳', 32, '内勤丽'),
  codes: ['Z41H-16C-DN400-PN16-WCB-RF/LT.01', 'WMWMWMWMWMWMWMWMWMWMWMWMWMWMWM99', '1234567890_ABCDEFGHIJ.KLMNOPQRST'],
  name: longest('法兰闸阀', 60, '阀体铸钢'),
  spec: longest('DN400/PN16/WCB/RF/', 100, 'END'),
  unit: '台套组件附件备件',
} as const

/** Line 1 at the longest quantity, line 2 at the longest price, the rest at 1 fen: 16 total digits. */
const LINE_VALUES = [{ quantity: 1_000_000, priceFen: 8_907_199_254 }, { quantity: 1, priceFen: 100_000_000_000_000 }, ...Array.from({ length: 2 }, () => ({ quantity: 1, priceFen: 1 }))]

export const SPECIMEN_TOTAL_FEN = LINE_VALUES.reduce((sum, line) => sum + line.quantity * line.priceFen, 0)

export function specimenForm(printedBy: string, printedAt: string): ContinuousForm {
  const v = SPECIMEN_VALUES
  return {
    companyName: v.company,
    title: '发货单',
    docNo: 'FH2026129999',
    date: '2026-12-31',
    specimen: true,
    fields: [
      { label: '客户', value: v.customer, span: 2 },
      { label: '合同号', value: 'HT2026129999', kind: 'code' },
      { label: '收货地址', value: v.address, span: 3 },
      { label: '收货人', value: v.consignee },
      { label: '联系电话', value: v.phone, kind: 'code' },
      { label: '业务员', value: v.person },
    ],
    columns: SPECIMEN_COLUMNS,
    lines: LINE_VALUES.map((line, i) => ({
      no: String(i + 1),
      code: v.codes[i % v.codes.length]!,
      name: v.name,
      spec: v.spec,
      unit: v.unit,
      quantity: line.quantity.toLocaleString('en-US'),
      price: formatYuan(line.priceFen),
      amount: formatYuan(line.quantity * line.priceFen),
    })),
    totals: {
      cells: { quantity: LINE_VALUES.reduce((sum, line) => sum + line.quantity, 0).toLocaleString('en-US'), amount: formatYuan(SPECIMEN_TOTAL_FEN) },
      capital: capitalAmount(SPECIMEN_TOTAL_FEN),
    },
    signatures: [
      { key: 'drafter', post: '填表人', name: v.person, role: '', date: '2026-12-31' },
      { key: 'manager', post: '销售经理', name: longest('司马', 32, '经理国'), role: '销售经理', date: '2026-12-31' },
      { key: 'gm', post: '总经理（信用）', name: longest('诸葛', 32, '总经理伟'), role: '总经理', date: '2026-12-31' },
      { key: 'warehouse', post: '仓库', name: '', role: '', date: '' },
      { key: 'guard', post: '门卫', name: '', role: '', date: '' },
    ],
    copy: 2,
    printedBy,
    printedAt,
  }
}
