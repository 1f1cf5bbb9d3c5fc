// The few cell styles the exported lists use, as one fixed styles.xml: a style is an index into cellXfs.
// The number formats are the ones finance reads (R23: 元 with two decimals) and dates as dates.

export const MONEY_FORMAT = '#,##0.00'
export const DATE_FORMAT = 'yyyy-mm-dd'

export const STYLE = {
  plain: 0,
  title: 1,
  header: 2,
  date: 3,
  money: 4,
  totalText: 5,
  totalMoney: 6,
  refusal: 7,
} as const
export type StyleId = (typeof STYLE)[keyof typeof STYLE]

/** Which style a column's cells take from its number format. */
export function styleOfFormat(numFmt: string | undefined): StyleId {
  return numFmt === MONEY_FORMAT ? STYLE.money : numFmt === DATE_FORMAT ? STYLE.date : STYLE.plain
}

const FONT = (extra: string) => `<font>${extra}<sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>`

// Fonts: 0 plain, 1 bold 14 (title), 2 bold, 3 bold red (a refusal must not read like an approval).
// Borders: 0 none, 1 thin on top (the totals row). Formats 164 and 165 are ours.
export const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="${DATE_FORMAT}"/><numFmt numFmtId="165" formatCode="${MONEY_FORMAT}"/></numFmts>
<fonts count="4">${FONT('')}<font><b/><sz val="14"/><name val="等线"/><family val="2"/><charset val="134"/></font>${FONT('<b/>')}${FONT('<b/><color rgb="FFCF1322"/>')}</fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>
<xf numFmtId="165" fontId="2" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`
