import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { CONTINUOUS_PTS, expectContinuousPages, pagePng, pageText, PT_PER_MM, savePdf, wordBox } from './support/continuous-pdf'
import { OfficeApi } from './support/office-api'
import { PASSWORD_WORK } from './support/waits'
import { capitalAmount, formatYuan } from '../../shared/money'

/*
 * Issue 12, printing on 241 mm continuous paper (docs/printed-forms.md "Continuous paper"): the desk's
 * 打印校准 page, its calibration sheet and the 样张 发货单 (the longest values the schemas allow) printed by
 * Chromium to PDF and read back from the PDF: the page box, the four parts' names, every value whole,
 * page x of y with the head repeated, and the calibration offset moving what is printed.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

/** `base` repeated to exactly `length` characters, ending in `tail` (so a lost last character shows). */
function longest(base: string, length: number, tail: string): string {
  return base.repeat(Math.ceil(length / base.length)).slice(0, length - tail.length) + tail
}

// What the 样张 prints (renderer/src/print/continuous/specimen-form.ts), written out again here at the
// schemas' limits (see print-longest.spec.ts), so a specimen that shrank would fail this test.
const V = {
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
}
/** 1,000,000 × 89,071,992.54 + 1 × 1e14 fen + 2 lines at 1 fen: 16 digits of fen. */
const SPECIMEN_TOTAL_FEN = 1_000_000 * 8_907_199_254 + 100_000_000_000_000 + 2

const ADMIN = { name: '周建华', login: 'admin', password: 'Paper2025ok' }
const PRINTER = 'EPSON LQ-630K'
const PARTS = [
  ['第一联', '存根'],
  ['第二联', '客户'],
  ['第三联', '财务'],
  ['第四联', '仓库'],
] as const

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL
  if (!baseURL) throw new Error('continuous-paper needs the baseURL of its own host (playwright.config.ts)')
  const api = await OfficeApi.open(playwright, baseURL)
  await api.call('system.setup', { companyName: '苏州精工阀门有限公司', adminName: ADMIN.name, adminLogin: ADMIN.login, adminPassword: ADMIN.password })
  await api.close()
})

async function signIn(page: Page): Promise<void> {
  const login = new LoginPage(page)
  await login.open()
  await login.signIn(ADMIN.login, ADMIN.password)
  await expect(new MainLayout(page).userName).toHaveText(ADMIN.name, PASSWORD_WORK)
}

/** 打印校准: choose the printer, its offsets (mm) and the paper, then save and open one of the two prints. */
async function calibrate(page: Page, settings: { x: string; y: string; paper: 'plain' | 'carbonless' }, open: 'sheet' | 'specimen'): Promise<void> {
  await page.goto('/#/print-calibration')
  await expect(page.getByTestId('print-calibration')).toBeVisible()
  await page.getByLabel('打印机').fill(PRINTER)
  await page.getByLabel('左右偏移 X').fill(settings.x)
  await page.getByLabel('上下偏移 Y').fill(settings.y)
  await page.getByText(settings.paper === 'plain' ? '普通连续纸（每联单独打印一张）' : '四联无碳复写纸（一次打印）').click()
  await page.getByTestId(open === 'sheet' ? 'calibration-print-sheet' : 'calibration-print-specimen').click()
}

/** The specimen's pages are final (fonts in, paginated) and every QR code is drawn. */
async function specimenReady(page: Page): Promise<number> {
  const sheets = page.locator('[data-testid="cf-sheets"][data-ready="true"]')
  await expect(sheets).toBeVisible()
  await expect(page.getByTestId('print-qr')).toHaveCount(await page.getByTestId('cf-sheet').count())
  return Number(await sheets.getAttribute('data-pages'))
}

test('打印校准：校准页为 241×140 mm，偏移按 0.1 mm 移动打印内容，只保存在本机', async ({ page }) => {
  await signIn(page)
  await page.getByTestId('nav-print-calibration').click()
  await expect(page.getByTestId('print-calibration')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('print-calibration-page.png') })

  await calibrate(page, { x: '0', y: '0', paper: 'plain' }, 'sheet')
  await expect(page.getByTestId('cal-printer')).toHaveText(PRINTER)
  const before = await savePdf(page, 'calibration-0')
  expectContinuousPages(before, 1)
  expect(pageText(before, 1)).toContain('当前偏移：X0.0mmY0.0mm')
  pagePng(before, 1)

  await calibrate(page, { x: '5', y: '-3', paper: 'plain' }, 'sheet')
  await expect(page.getByTestId('cal-offsets')).toHaveText('当前偏移：X +5.0 mm　Y −3.0 mm')
  const after = await savePdf(page, 'calibration-5-3')
  expectContinuousPages(after, 1)
  pagePng(after, 1)
  // Crosshair A's label moved exactly by the offset: 5.0 mm right, 3.0 mm up.
  const a0 = wordBox(before, '校准点A')
  const a1 = wordBox(after, '校准点A')
  expect(a1.x - a0.x).toBeCloseTo(5 * PT_PER_MM, 1)
  expect(a1.y - a0.y).toBeCloseTo(-3 * PT_PER_MM, 1)
  // And where it should be on the paper: 34 mm from the left edge, with no offset.
  expect(a0.x).toBeCloseTo(34 * PT_PER_MM, 0)

  // Saved on this desk: a reload (and another printer's own offsets) keeps it.
  await page.goto('/#/print-calibration')
  await expect(page.getByLabel('左右偏移 X')).toHaveValue('5.0')
  await page.getByLabel('打印机').fill('OKI 5860SP')
  await expect(page.getByLabel('左右偏移 X')).toHaveValue('0.0')
  await page.getByLabel('打印机').fill(PRINTER)
  await expect(page.getByLabel('上下偏移 Y')).toHaveValue('-3.0')
})

test('样张（普通连续纸）：四联各自成页，最长的值一字不少，续页重复表头并标第 x 页 共 y 页', async ({ page }) => {
  await signIn(page)
  await calibrate(page, { x: '0', y: '0', paper: 'plain' }, 'specimen')
  const perPart = await specimenReady(page)
  expect(perPart).toBeGreaterThanOrEqual(2)
  await page.screenshot({ path: test.info().outputPath('specimen-screen.png') })
  const pdf = await savePdf(page, 'specimen-plain')
  expectContinuousPages(pdf, 4 * perPart)

  // The schemas' limits (see print-longest.spec.ts): the specimen really is at them.
  expect([V.company.length, V.customer.length, V.address.length, V.consignee.length, V.phone.length, V.name.length, V.spec.length, V.unit.length]).toEqual([60, 100, 200, 32, 32, 60, 100, 8])
  for (const code of V.codes) expect(code).toHaveLength(32)
  const lineValues = [V.name, V.spec, V.unit, ...V.codes, '1,000,000', formatYuan(8_907_199_254), formatYuan(1e14), formatYuan(1_000_000 * 8_907_199_254)]
  const found = new Set<string>()
  for (const [partIndex, [ordinal, name]] of PARTS.entries()) {
    for (let p = 1; p <= perPart; p += 1) {
      const pageNo = partIndex * perPart + p
      const text = pageText(pdf, pageNo)
      // The part's name, the head repeated, page x of y within the part.
      expect(text, `page ${pageNo}`).toContain(`${ordinal}${name}联`)
      for (const other of PARTS.filter(([, n]) => n !== name)) expect(text).not.toContain(`${other[0]}${other[1]}`)
      expect(text).toContain(`第${p}页共${perPart}页`)
      for (const head of [V.company, '发货单', '编号：FH2026129999', V.customer, V.address, V.consignee, V.phone, '序号产品编码品名规格型号单位数量单价(元)金额(元)', '补打', '样张']) expect(text, `page ${pageNo}`).toContain(head)
      for (const value of lineValues) if (text.includes(value)) found.add(value)
      if (p < perPart) expect(text).toContain('（续下页）')
      else {
        expect(text).toContain(formatYuan(SPECIMEN_TOTAL_FEN))
        expect(text).toContain(capitalAmount(SPECIMEN_TOTAL_FEN))
        expect(text).toContain(V.person)
      }
    }
  }
  expect([...found].sort()).toEqual([...lineValues].sort())
  for (const p of [1, perPart]) pagePng(pdf, p)
})

test('样张（四联无碳复写纸）：一次打印，页边列出四联及纸色，整张单据随偏移移动', async ({ page }) => {
  await signIn(page)
  // With this printer's offset at +2.5 / +1.5 mm: the whole form moves with it, not only the calibration sheet.
  await calibrate(page, { x: '2.5', y: '1.5', paper: 'carbonless' }, 'specimen')
  const pages = await specimenReady(page)
  // The four names stand one below the other inside the right-hand gutter, clear of the form.
  const gutter = await page.getByTestId('cf-parts').first().boundingBox()
  const names = page.getByTestId('cf-parts').first().locator('span')
  await expect(names).toHaveCount(4)
  for (let i = 0; i < 4; i += 1) {
    const box = (await names.nth(i).boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(gutter!.x - 0.5)
    expect(box.x + box.width).toBeLessThanOrEqual(gutter!.x + gutter!.width + 0.5)
    expect(box.y + box.height).toBeLessThanOrEqual(gutter!.y + gutter!.height + 0.5)
  }
  const pdf = await savePdf(page, 'specimen-carbonless')
  expectContinuousPages(pdf, pages)
  for (let p = 1; p <= pages; p += 1) {
    const text = pageText(pdf, p)
    expect(text).toContain('第一联存根（白）第二联客户（红）第三联财务（蓝）第四联仓库（黄）')
    expect(text).toContain(`第${p}页共${pages}页`)
  }
  pagePng(pdf, 1)
  // The head of page 1 against the plain run's (same column, no offset), printed by the test before.
  const plain = wordBox(join(test.info().project.outputDir, 'specimen-plain.pdf'), '编号')
  const moved = wordBox(pdf, '编号')
  expect(moved.x - plain.x).toBeCloseTo(2.5 * PT_PER_MM, 1)
  expect(moved.y - plain.y).toBeCloseTo(1.5 * PT_PER_MM, 1)
  expect(CONTINUOUS_PTS.width).toBeCloseTo(683.15, 2)
})
