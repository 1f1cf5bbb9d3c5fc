import ExcelJS from 'exceljs'
import { HEADER_ROW, layOutTitledSheet } from '../export/titled-sheet'
import { LEDGER_STATUSES, type LedgerRow, type LedgerTotals } from '../../../shared/api'

// The contract ledger (合同台帐, R5) as an .xlsx for finance and sales to reconcile (R17). Pure: rows in,
// file out; the handler reads the rows first and builds this outside the database queue.

export const LEDGER_SHEET = '合同台帐'
const MONEY_FORMAT = '#,##0.00'
const DATE_FORMAT = 'yyyy-mm-dd'
/** The columns, in order: header, width in characters, and the number format its cells inherit. */
const COLUMNS = [
  { header: '合同号', width: 16 },
  { header: '客户合同号', width: 18 },
  { header: '客户', width: 32 },
  { header: '业务员', width: 10 },
  { header: '签订日期', width: 12, numFmt: DATE_FORMAT },
  { header: '合同金额', width: 16, numFmt: MONEY_FORMAT },
  { header: '已发货', width: 16, numFmt: MONEY_FORMAT },
  { header: '已回款', width: 16, numFmt: MONEY_FORMAT },
  { header: '已开票', width: 16, numFmt: MONEY_FORMAT },
  { header: '未回款', width: 16, numFmt: MONEY_FORMAT },
  { header: '状态', width: 8 },
]
const MONEY_COLUMNS = ['F', 'G', 'H', 'I', 'J'] as const
const FIRST_DATA_ROW = 3

/**
 * R23: money is integer fen everywhere else, and this is the one place it becomes 元. A spreadsheet must
 * get numbers finance can sum and filter, and a cell holds only a double: fen / 100 is the double nearest
 * the exact amount (12345.67 for 1234567 fen), and '#,##0.00' shows exactly the two decimals.
 */
function yuan(fen: number): number {
  return fen / 100
}

/** A signing day as a date cell (not text), so the column sorts and filters as dates in Excel or WPS. */
function dateCell(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`)
}

export interface LedgerWorkbookInput {
  /** What the export contains, e.g. "期间：2026年11月　客户：全部 …", shown in the title row. */
  description: string
  rows: readonly LedgerRow[]
  totals: LedgerTotals
  /** When it was exported, Shanghai time, for the title row. */
  exportedAt: string
  createdAt: Date
}

export async function ledgerWorkbook(input: LedgerWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '销售业务工作站'
  workbook.created = input.createdAt
  const sheet = workbook.addWorksheet(LEDGER_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' },
  })
  layOutTitledSheet(sheet, COLUMNS, `${LEDGER_SHEET}　${input.description}　导出时间：${input.exportedAt}`)

  for (const r of input.rows) {
    sheet.addRow([
      r.contractNo, r.customerContractNo, r.customerName, r.salespersonName, dateCell(r.signedOn),
      yuan(r.amountFen), yuan(r.shippedFen), yuan(r.collectedFen), yuan(r.invoicedFen), yuan(r.outstandingFen),
      LEDGER_STATUSES[r.status],
    ])
  }

  addTotalsRow(sheet, input.rows.length, input.totals)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * 合计: SUM formulas, so the sheet stays right if someone deletes a line, each with its result computed
 * exactly from fen, so a viewer that does not recalculate still shows the right total.
 */
function addTotalsRow(sheet: ExcelJS.Worksheet, count: number, totals: LedgerTotals): void {
  const lastDataRow = FIRST_DATA_ROW + count - 1
  const fen = [totals.amountFen, totals.shippedFen, totals.collectedFen, totals.invoicedFen, totals.outstandingFen]
  const row = sheet.addRow(['合计', `共 ${count} 份合同`])
  MONEY_COLUMNS.forEach((column, i) => {
    const result = yuan(fen[i] ?? 0)
    // With no rows, SUM(F3:F2) would reach back into the header: write the plain 0.
    row.getCell(column).value = count === 0 ? result : { formula: `SUM(${column}${FIRST_DATA_ROW}:${column}${lastDataRow})`, result }
  })
  row.font = { bold: true }
  row.eachCell((cell) => (cell.border = { top: { style: 'thin' } }))
}
