import type ExcelJS from 'exceljs'

/** Row 1 is the sheet's title, row 2 the column headers; the data starts on row 3. */
export const TITLE_ROW = 1
export const HEADER_ROW = 2

export interface SheetColumn {
  header: string
  width: number
  numFmt?: string
}

/**
 * The layout every exported list shares (the ledger, the queue): formats on the columns, so every cell
 * added below inherits them (no style object per cell); the title merged across them; bold centred
 * headers with an autofilter.
 */
export function layOutTitledSheet(sheet: ExcelJS.Worksheet, columns: readonly SheetColumn[], title: string): void {
  sheet.columns = columns.map(({ width, numFmt }) => ({ width, style: numFmt ? { numFmt } : {} }))
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length)
  const cell = sheet.getCell(TITLE_ROW, 1)
  cell.value = title
  cell.font = { bold: true, size: 14 }
  sheet.getRow(TITLE_ROW).height = 24
  const header = sheet.getRow(HEADER_ROW)
  header.values = columns.map((c) => c.header)
  header.font = { bold: true }
  header.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns.length } }
}
