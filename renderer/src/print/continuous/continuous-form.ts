/**
 * What a continuous form prints (docs/printed-forms.md "Continuous paper"): the typed description the
 * dispatch note (发货单, FH) and the outbound slip (出库单, CK) each fill in with their own data. The frame
 * (`ContinuousSheets`) does the rest: the 241 × 140 mm page, the four parts, pagination with the header
 * repeated, page x of y, 补打, the QR code, calibration. Every value is a string already formatted by the
 * form (money through shared/money.ts, dates in Shanghai time): the frame prints, it never computes.
 */
export interface ContinuousForm {
  /** The company name (system.setup). */
  companyName: string
  /** The form's title, e.g. 发货单. */
  title: string
  /** The document number (R22); also the QR code's text. */
  docNo: string
  /** The document's date, as printed. */
  date: string
  /** The head fields below the title: 客户, 收货地址, 合同号 … in reading order. */
  fields: ContinuousField[]
  /** The lines table's columns, left to right; their widths add up to LINES_WIDTH_MM. */
  columns: ContinuousColumn[]
  /** One record per line, keyed by column key. */
  lines: ReadonlyArray<Readonly<Record<string, string>>>
  /** The 合计 row (cells by column key) and the total in Chinese capitals (R23, capitalAmount); '' when the form prints no money. */
  totals: { cells: Readonly<Record<string, string>>; capital: string; capitalLabel?: string }
  /**
   * A long free text (备注, up to 500 characters) printed once, in the tail of the last page above the 大写:
   * in the head it would repeat on every page and leave room for one line per page.
   */
  note?: { label: string; value: string }
  /** The trail as signature boxes, the drafter first; skipped steps left out (see signatureBoxes). */
  signatures: ContinuousSignature[]
  /** Which print this is (1 the original): 补打 and 第 N 次打印 when > 1. */
  copy: number
  /** Who printed it and when, for the foot of every page. */
  printedBy: string
  printedAt: string
  voided?: boolean
  /**
   * Need to know on paper: the parts whose copy leaves these columns, their totals and the 大写 blank (the
   * 出库单's 仓库联: the warehouse counts goods, docs/need-to-know.md). Plain paper only: on carbonless paper
   * one impression marks all four sheets, so there the print carries what its reader may read.
   */
  withheld?: { parts: ReadonlyArray<FormPart['key']>; columns: readonly string[] }
  /** A layout specimen, not a document: 样张 across every page. */
  specimen?: boolean
}

export interface ContinuousField {
  label: string
  value: string
  /** 'code' values (numbers, codes) shrink then wrap at their own separators (FitText); text wraps. */
  kind?: 'text' | 'code'
  /** How many of the head's three columns the field spans (an address wants all three). */
  span?: 1 | 2 | 3
}

export interface ContinuousColumn {
  key: string
  label: string
  widthMm: number
  align?: 'left' | 'center' | 'right'
  /** 'text' wraps; 'code' and 'figure' go through FitText (shrink, then wrap; never clipped). */
  kind: 'text' | 'code' | 'figure'
}

export interface ContinuousSignature {
  key: string
  post: string
  name: string
  /** The post the signer signed in (R21), when signed. */
  role: string
  date: string
}

/** The four parts of 四联 paper, in the order they lie in the pack, with the colour of each carbonless sheet. */
export const FOUR_PARTS = [
  { key: 'stub', name: '存根', ordinal: '第一联', colour: '白' },
  { key: 'customer', name: '客户', ordinal: '第二联', colour: '红' },
  { key: 'finance', name: '财务', ordinal: '第三联', colour: '蓝' },
  { key: 'warehouse', name: '仓库', ordinal: '第四联', colour: '黄' },
] as const
export type FormPart = (typeof FOUR_PARTS)[number]

/**
 * The page: 241 × 140 mm (9.5 × 5.5 in). Margins clear the tractor strips (12.7 mm each side) and the
 * perforation, and leave room for the calibration offset (±8 mm) without leaving the sheet.
 */
export const PAGE_MM = { width: 241, height: 140 } as const
export const MARGIN_MM = { top: 9, bottom: 9, left: 14, right: 14 } as const
/** The right-hand gutter inside the margins that carries the part's name (第一联 存根 …). */
export const PART_GUTTER_MM = 8
export const CONTENT_MM = {
  width: PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right,
  height: PAGE_MM.height - MARGIN_MM.top - MARGIN_MM.bottom,
} as const
/** What the lines table may span: the content less the part gutter. */
export const LINES_WIDTH_MM = CONTENT_MM.width - PART_GUTTER_MM

/** The form as `part` prints it on plain paper: the withheld columns, their totals and the 大写 left blank (same layout). */
export function formForPart(form: ContinuousForm, part: FormPart | null): ContinuousForm {
  const withheld = form.withheld
  if (!part || !withheld || !withheld.parts.includes(part.key)) return form
  const blank = (record: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, withheld.columns.includes(key) ? '' : value]))
  return { ...form, lines: form.lines.map(blank), totals: { ...form.totals, cells: blank(form.totals.cells), capital: '' } }
}
