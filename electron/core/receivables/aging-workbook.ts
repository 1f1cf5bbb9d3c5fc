import { AGING_BUCKETS, dailyRateText } from '../../../shared/aging'
import type { AgingFigures, AgingReport, AgingRow } from '../../../shared/api'
import { SheetWriter } from '../export/titled-sheet'
import { MONEY_FORMAT, STYLE } from '../export/xlsx-styles'

// R18 the aging as an .xlsx for finance: per customer, then per salesperson, each with its 合计, on one
// sheet with the ledger's writer (export/titled-sheet.ts). The report is a few hundred grouped rows, so it
// is written on the call itself, not in the export worker. Money becomes 元 here only (R23, as the ledger).

export const AGING_SHEET = '应收账龄'
const COLUMNS = [
  { header: '客户 / 业务员', width: 34 },
  { header: '笔数', width: 8 },
  ...AGING_BUCKETS.map((b) => ({ header: b.label, width: 15, numFmt: MONEY_FORMAT })),
  { header: '应收余额', width: 16, numFmt: MONEY_FORMAT },
  { header: '已逾期', width: 16, numFmt: MONEY_FORMAT },
  { header: '逾期利息', width: 14, numFmt: MONEY_FORMAT },
]

const yuan = (fen: number) => fen / 100
const cells = (f: AgingFigures) => [f.count, ...f.bucketsFen.map(yuan), yuan(f.totalFen), yuan(f.overdueFen), yuan(f.interestFen)]

export function agingWorkbook(report: AgingReport, exportedAt: string, createdAt: Date): Buffer {
  const scope = report.scope === 'own' ? '（本人经办合同）' : ''
  const sheet = new SheetWriter({
    sheetName: AGING_SHEET,
    title: `${AGING_SHEET}${scope}　截至 ${report.asOf}　逾期利率 ${dailyRateText(report.rate.bpsPerDay)}　导出时间：${exportedAt}`,
    columns: COLUMNS,
    createdAt,
    creator: '销售业务工作站',
  })
  const bold = [STYLE.totalText, STYLE.totalText, ...COLUMNS.slice(2).map(() => STYLE.totalMoney)]
  const section = (title: string, rows: readonly AgingRow[]) => {
    sheet.addRow([title], [STYLE.totalText])
    for (const r of rows) sheet.addRow([r.name, ...cells(r)])
    sheet.addRow([`合计（${rows.length}）`, ...cells(report.totals)], bold)
  }
  section('按客户', report.customers)
  sheet.addRow([])
  section('按业务员', report.salespeople)
  return sheet.toXlsx()
}

export const agingFileName = (asOf: string) => `应收账龄-${asOf}.xlsx`
