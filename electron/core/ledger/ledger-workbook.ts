import { excelDay, PROGRESS_EVERY, SheetWriter } from '../export/titled-sheet'
import { DATE_FORMAT, MONEY_FORMAT, STYLE } from '../export/xlsx-styles'
import { LEDGER_STATUSES, type LedgerRow, type LedgerTotals } from '../../../shared/api'

// The contract ledger (合同台帐, R5) as an .xlsx for finance and sales to reconcile (R17). Pure: rows in,
// file out; it runs in the export worker (export/export-worker.ts), off the core's event loop.

export const LEDGER_SHEET = '合同台帐'
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
  { header: '应收余额', width: 16, numFmt: MONEY_FORMAT },
  { header: '状态', width: 8 },
]
const MONEY_COLUMNS = ['F', 'G', 'H', 'I', 'J', 'K'] as const
const FIRST_DATA_ROW = 3

/**
 * R23: money is integer fen everywhere else, and this is the one place it becomes 元. A spreadsheet must
 * get numbers finance can sum and filter, and a cell holds only a double: fen / 100 is the double nearest
 * the exact amount (12345.67 for 1234567 fen), and '#,##0.00' shows exactly the two decimals.
 */
function yuan(fen: number): number {
  return fen / 100
}

export interface LedgerWorkbookInput {
  /** What the export contains, e.g. "期间：2026年11月　客户：全部 …", shown in the title row. */
  description: string
  rows: readonly LedgerRow[]
  /** Rows written so far, every PROGRESS_EVERY rows (the worker reports them to the renderer). */
  onProgress?: (rowsWritten: number) => void
  totals: LedgerTotals
  /** When it was exported, Shanghai time, for the title row. */
  exportedAt: string
  createdAt: Date
}

export function ledgerWorkbook(input: LedgerWorkbookInput): Buffer {
  const sheet = new SheetWriter({
    sheetName: LEDGER_SHEET,
    title: `${LEDGER_SHEET}　${input.description}　导出时间：${input.exportedAt}`,
    columns: COLUMNS,
    createdAt: input.createdAt,
    creator: '销售业务工作站',
  })
  input.rows.forEach((r, i) => {
    // The signing day as a date cell (not text), so the column sorts and filters as dates in Excel or WPS.
    sheet.addRow([
      r.contractNo, r.customerContractNo, r.customerName, r.salespersonName, excelDay(r.signedOn),
      yuan(r.amountFen), yuan(r.shippedFen), yuan(r.collectedFen), yuan(r.invoicedFen), yuan(r.outstandingFen), yuan(r.receivableFen),
      LEDGER_STATUSES[r.status],
    ])
    if ((i + 1) % PROGRESS_EVERY === 0) input.onProgress?.(i + 1)
  })
  addTotalsRow(sheet, input.rows.length, input.totals)
  return sheet.toXlsx()
}

/**
 * 合计: SUM formulas, so the sheet stays right if someone deletes a line, each with its result computed
 * exactly from fen, so a viewer that does not recalculate still shows the right total.
 */
function addTotalsRow(sheet: SheetWriter, count: number, totals: LedgerTotals): void {
  const lastDataRow = FIRST_DATA_ROW + count - 1
  const fen = [totals.amountFen, totals.shippedFen, totals.collectedFen, totals.invoicedFen, totals.outstandingFen, totals.receivableFen]
  const money = MONEY_COLUMNS.map((column, i) => {
    const result = yuan(fen[i] ?? 0)
    // With no rows, SUM(F3:F2) would reach back into the header: write the plain 0.
    return count === 0 ? result : { formula: `SUM(${column}${FIRST_DATA_ROW}:${column}${lastDataRow})`, result }
  })
  const bold = [STYLE.totalText, STYLE.totalText, STYLE.plain, STYLE.plain, STYLE.plain, ...MONEY_COLUMNS.map(() => STYLE.totalMoney)]
  sheet.addRow(['合计', `共 ${count} 份合同`, null, null, null, ...money], bold)
}
