import { expect, test, type Page } from '@playwright/test'
import { DocumentPage } from './pages/document-page'
import { expectContinuousPages, pagePng, pageText, PT_PER_MM, savePdf, wordBox } from './support/continuous-pdf'
import { LONG, PRICE_FEN, QUANTITY, TOTAL_FEN, setUpOutboundPrintOffice } from './support/outbound-print-office'
import { FINANCE, WAREHOUSE, signInAs, type Person } from './support/pump-contract-office'
import { capitalAmount, formatYuan } from '../../shared/money'

/*
 * Issue 12, the 出库单 (CK) on 241 × 140 mm four-part paper (docs/printed-forms.md "Continuous paper"), on its
 * own fresh database (the `outbound-print` project): a slip of eight lines at the schemas' longest values,
 * printed by Chromium to PDF and read back: the page box, the four parts' names, page x of y with the head
 * repeated, every value whole, amounts only for a reader of amounts and never on the 仓库联 (need to know),
 * 补打 on a reprint, and the desk's calibration offset moving the print.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const slip = { id: 0, no: '', noteNo: '', contractNo: '' }
const PARTS = ['第一联存根联', '第二联客户联', '第三联财务联', '第四联仓库联'] as const

test.beforeAll(async ({ playwright }, testInfo) => {
  const made = await setUpOutboundPrintOffice(playwright, testInfo.project.use.baseURL)
  Object.assign(slip, { id: made.slipId, no: made.slipNo, noteNo: made.noteNo, contractNo: made.contractNo })
})

/** Opens the slip's print preview from its page and waits for the final pages; answers the pages per part. */
async function openPrint(page: Page, person: Person): Promise<number> {
  await signInAs(page, person)
  const doc = new DocumentPage(page)
  await doc.open(slip.id)
  await doc.printButton.click()
  const sheets = page.locator('[data-testid="cf-sheets"][data-ready="true"]')
  await expect(sheets).toBeVisible()
  await expect(page.getByTestId('print-qr')).toHaveCount(await page.getByTestId('cf-sheet').count())
  // Nothing runs into the foot line or off the sheet: the lines and the tail end above 打印：… on every page.
  const overlaps = await page.evaluate(`[...document.querySelectorAll('.cf-sheet')].filter((sheet) => {
    const foot = sheet.querySelector('.cf-foot').getBoundingClientRect().top
    const last = [sheet.querySelector('[data-testid="cf-tail"]'), sheet.querySelector('.cf-lines')].filter(Boolean).map((el) => el.getBoundingClientRect().bottom)
    return Math.max(...last) > foot + 0.5
  }).length`)
  expect(overlaps, 'pages whose lines or tail run into the foot').toBe(0)
  return Number(await sheets.getAttribute('data-pages'))
}

/** Every page of every part: its name, page x of y, the head repeated, the last page's tail; answers all the text. */
function checkParts(pdf: string, perPart: number, head: readonly string[]): string[] {
  const texts: string[] = []
  for (const [partIndex, part] of PARTS.entries()) {
    let all = ''
    for (let p = 1; p <= perPart; p += 1) {
      const pageNo = partIndex * perPart + p
      const text = pageText(pdf, pageNo)
      expect(text, `page ${pageNo}`).toContain(part)
      for (const other of PARTS.filter((o) => o !== part)) expect(text).not.toContain(other)
      expect(text, `page ${pageNo}`).toContain(`第${p}页共${perPart}页`)
      for (const value of head) expect(text, `page ${pageNo}: ${value}`).toContain(value)
      if (p < perPart) expect(text).toContain('（续下页）')
      else for (const box of ['仓管员（发货）', WAREHOUSE.name, '客户签收', `备注：${LONG.remark}`]) expect(text, `page ${pageNo}`).toContain(box)
      all += text
    }
    texts.push(all)
  }
  return texts
}

const HEAD = () => [LONG.company, '出库单', `编号：${slip.no}`, LONG.customer, LONG.address, LONG.carrier, slip.noteNo, slip.contractNo]

test('1 仓管员打印出库单：241×140 mm 四联各自成页，只印货物不印金额，最长的值一字不少，续页重复表头', async ({ page }) => {
  const perPart = await openPrint(page, WAREHOUSE)
  expect(perPart).toBeGreaterThanOrEqual(2)
  const pdf = await savePdf(page, 'outbound-warehouse')
  expectContinuousPages(pdf, 4 * perPart)
  const texts = checkParts(pdf, perPart, [...HEAD(), '序号产品编码品名规格型号单位数量'])
  for (const text of texts) {
    // Every line whole, once per part; goods only (the warehouse does not read amounts).
    for (const code of LONG.codes) expect(text).toContain(code)
    expect(text.split(LONG.spec).length - 1).toBe(8)
    expect(text.split(LONG.name).length - 1).toBeGreaterThanOrEqual(8)
    expect(text).toContain(String(8 * QUANTITY))
    for (const money of ['单价', '金额', formatYuan(PRICE_FEN), capitalAmount(TOTAL_FEN)]) expect(text).not.toContain(money)
  }
  for (const p of [1, perPart]) pagePng(pdf, p)
})

test('2 财务打印：存根、客户、财务联印单价、金额和大写，仓库联同样的版面但金额留空；之后再打印为补打', async ({ page }) => {
  const perPart = await openPrint(page, FINANCE)
  await expect(page.getByTestId('cf-reprint')).toHaveCount(0)
  const pdf = await savePdf(page, 'outbound-finance')
  expectContinuousPages(pdf, 4 * perPart)
  const texts = checkParts(pdf, perPart, [...HEAD(), '序号产品编码品名规格型号单位数量单价(元)金额(元)'])
  for (const [i, text] of texts.entries()) {
    const money = [formatYuan(PRICE_FEN), formatYuan(QUANTITY * PRICE_FEN), formatYuan(TOTAL_FEN), capitalAmount(TOTAL_FEN)]
    if (PARTS[i] === '第四联仓库联') for (const m of money) expect(text, PARTS[i]).not.toContain(m)
    else for (const m of money) expect(text, PARTS[i]).toContain(m)
  }
  pagePng(pdf, perPart)
  pagePng(pdf, 4 * perPart)

  // 打印 logs the print (the browser's dialog replaced by a counter); the next print says 补打, 第 2 次打印.
  await page.evaluate(`window.print = () => { document.body.dataset.printed = '1' }`)
  await page.getByTestId('print-print').click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', '1')
  await page.reload()
  await expect(page.locator('[data-testid="cf-sheets"][data-ready="true"]')).toBeVisible()
  const again = await savePdf(page, 'outbound-finance-reprint')
  for (let p = 1; p <= 4 * perPart; p += 1) {
    const text = pageText(again, p)
    expect(text).toContain('补打')
    expect(text).toContain('第2次打印')
  }
})

test('3 本机打印校准的偏移（X +4.0 mm，Y −2.5 mm）移动整张出库单', async ({ page }) => {
  await openPrint(page, WAREHOUSE)
  const before = wordBox(await savePdf(page, 'outbound-offset-0'), '编号')
  await page.goto('/#/print-calibration')
  await expect(page.getByTestId('print-calibration')).toBeVisible()
  await page.getByLabel('左右偏移 X').fill('4')
  await page.getByLabel('上下偏移 Y').fill('-2.5')
  await page.getByTestId('calibration-print-sheet').click()
  await expect(page.getByTestId('cal-offsets')).toHaveText('当前偏移：X +4.0 mm　Y −2.5 mm')
  await page.goto(`/#/print/outboundSlip/${slip.id}`)
  await expect(page.locator('[data-testid="cf-sheets"][data-ready="true"]')).toBeVisible()
  const pdf = await savePdf(page, 'outbound-offset-4')
  const after = wordBox(pdf, '编号')
  expect(after.x - before.x).toBeCloseTo(4 * PT_PER_MM, 1)
  expect(after.y - before.y).toBeCloseTo(-2.5 * PT_PER_MM, 1)
  pagePng(pdf, 1)
})
