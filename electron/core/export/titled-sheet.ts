import { STYLES_XML, STYLE, styleOfFormat, type StyleId } from './xlsx-styles'
import { zip } from './zip'

// One-sheet .xlsx written as XML text straight into a zip: the exported lists (the ledger, the queue)
// are thousands of plain rows, and building them as ExcelJS objects cost ~20× the query that read them
// (issue 10, "speed a person feels"). Strings are shared (customer names repeat), every cell carries
// its style index, nothing else is kept per cell. The layout is the one titled-sheet.ts describes.

/** Every this many rows a workbook reports how far it is (the export's progress, export-jobs.ts). */
export const PROGRESS_EVERY = 500

export type CellValue = string | number | null | undefined | { formula: string; result: number }

export interface SheetColumn {
  header: string
  width: number
  numFmt?: string
}

export interface SheetSpec {
  sheetName: string
  title: string
  columns: readonly SheetColumn[]
  createdAt: Date
  creator: string
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

function xml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function columnLetter(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
/** A calendar day ('2026-11-03') as Excel's day number, so the cell sorts and filters as a date. */
export function excelDay(day: string): number {
  return (Date.parse(`${day}T00:00:00.000Z`) - EXCEL_EPOCH) / 86_400_000
}

export class SheetWriter {
  private readonly strings = new Map<string, number>()
  private readonly rows: string[] = []
  private readonly letters: string[]
  private readonly columnStyles: StyleId[]
  private rowNo = 0

  constructor(private readonly spec: SheetSpec) {
    this.letters = spec.columns.map((_c, i) => columnLetter(i))
    this.columnStyles = spec.columns.map((c) => styleOfFormat(c.numFmt))
    // Row 1 the title (merged across the columns), row 2 the headers: titled-sheet.ts.
    this.rowNo = 1
    this.rows.push(`<row r="1" ht="24" customHeight="1">${this.cell(0, spec.title, STYLE.title)}</row>`)
    this.addRow(spec.columns.map((c) => c.header), spec.columns.map(() => STYLE.header))
  }

  private shared(text: string): number {
    let index = this.strings.get(text)
    if (index === undefined) {
      index = this.strings.size
      this.strings.set(text, index)
    }
    return index
  }

  private cell(column: number, value: CellValue, style: StyleId): string {
    const ref = `${this.letters[column]}${this.rowNo}`
    const s = style === STYLE.plain ? '' : ` s="${style}"`
    if (value === null || value === undefined) return style === STYLE.plain ? '' : `<c r="${ref}"${s}/>`
    if (typeof value === 'string') return `<c r="${ref}"${s} t="s"><v>${this.shared(value)}</v></c>`
    if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : ''
    return `<c r="${ref}"${s}><f>${xml(value.formula)}</f><v>${value.result}</v></c>`
  }

  /** The next row; `styles` overrides the columns' own style where given (the header, a refusal, the totals). */
  addRow(values: readonly CellValue[], styles?: readonly (StyleId | undefined)[]): void {
    this.rowNo += 1
    let cells = ''
    for (let i = 0; i < values.length; i++) cells += this.cell(i, values[i], styles?.[i] ?? this.columnStyles[i] ?? STYLE.plain)
    this.rows.push(`<row r="${this.rowNo}">${cells}</row>`)
  }

  /** The last row written (1 the title, 2 the headers). */
  get lastRow(): number {
    return this.rowNo
  }

  toXlsx(): Buffer {
    const { columns, sheetName } = this.spec
    const last = this.letters[columns.length - 1] ?? 'A'
    const name = xml(sheetName)
    const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')
    const sheet =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}${this.rowNo}"/>` +
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${this.rows.join('')}</sheetData>` +
      `<autoFilter ref="A2:${last}2"/><mergeCells count="1"><mergeCell ref="A1:${last}1"/></mergeCells>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
    let strings = ''
    for (const text of this.strings.keys()) strings += `<si><t xml:space="preserve">${xml(text)}</t></si>`
    const count = this.strings.size
    const created = this.spec.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
    return zip([
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
      { name: 'docProps/core.xml', data: Buffer.from(coreXml(xml(this.spec.creator), created)) },
      { name: 'xl/workbook.xml', data: Buffer.from(workbookXml(name, last)) },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
      { name: 'xl/styles.xml', data: Buffer.from(STYLES_XML) },
      { name: 'xl/sharedStrings.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${strings}</sst>`) },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) },
    ])
  }
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const CONTENT_TYPES =
  `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
  `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`
const ROOT_RELS =
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`
const WORKBOOK_RELS =
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`

/** The print titles (rows 1–2 on every page) and the autofilter's range are names of the workbook. */
function workbookXml(name: string, last: string): string {
  return (
    `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<bookViews><workbookView/></bookViews><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets><definedNames>` +
    `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${name}'!$A$2:$${last}$2</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${name}'!$1:$2</definedName></definedNames></workbook>`
  )
}

function coreXml(creator: string, created: string): string {
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${creator}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`
  )
}
