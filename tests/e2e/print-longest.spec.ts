import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { capitalAmount } from '../../shared/money'
import type { RoleKey } from '../../shared/roles'
import { ApplicationPrintPage } from './pages/application-print-page'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { OfficeApi, shanghaiDay } from './support/office-api'
import { PASSWORD_WORK } from './support/waits'

/*
 * docs/printed-forms.md "Never a character lost" (issue 10: Z41H-16C-DN400 printed as Z41H-16C-DN40).
 * The 合同申报单 with the longest values the schemas allow (shared/api/policy.ts, customers.ts, auth.ts,
 * application-api.ts; amounts up to what the core accepts, Number.MAX_SAFE_INTEGER fen) is printed to an A4
 * PDF and every value is read back whole from the PDF's text, column by column. The office is set up
 * through the API; the story is the print.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

/** `base` repeated to exactly `length` characters, ending in `tail` (so a lost last character shows). */
function longest(base: string, length: number, tail: string): string {
  const body = base.repeat(Math.ceil(length / base.length)).slice(0, length - tail.length)
  return body + tail
}

// The schemas' limits: company 60, person 32, product code 32 ([A-Za-z0-9_.-/]), name 60, spec 100,
// unit 8, customer 100, address 200, bank 100, account 40, contact 32 / phone 32, instalment label 20.
const COMPANY = longest('江南精工机械装备制造', 60, '集团股份有限公司')
const PASSWORD = 'Longest2025ok'
interface Person {
  name: string
  login: string
  role: RoleKey
}
const CLERK: Person = { name: longest('欧阳', 32, '内勤丽'), login: 'c'.repeat(32), role: 'sales_clerk' }
const MANAGER: Person = { name: longest('司马', 32, '经理国'), login: 'm'.repeat(32), role: 'sales_manager' }
const GM: Person = { name: longest('诸葛', 32, '总经理伟'), login: 'g'.repeat(32), role: 'general_manager' }
const HEAD: Person = { name: longest('上官', 32, '主管'), login: 'h'.repeat(32), role: 'sales_head' }
const LEGAL: Person = { name: longest('皇甫', 32, '法务'), login: 'l'.repeat(32), role: 'legal' }
const FINANCE: Person = { name: longest('慕容', 32, '会计'), login: 'f'.repeat(32), role: 'finance' }
const PEOPLE = [CLERK, MANAGER, GM, HEAD, LEGAL, FINANCE]

const MAX_FEN = 100_000_000_000_000 // shared/api/common.ts `fen`: a price is at most 1e14 fen
// A realistic code at the limit, with break points (-, /, .), and two without any: widest letters, and digits.
const PRODUCTS = [
  { code: 'Z41H-16C-DN400-PN16-WCB-RF/LT.01', name: longest('法兰闸阀', 60, '阀体铸钢'), spec: longest('DN400/PN16/WCB/RF/', 100, 'END'), unit: '台套组件附件备件', listFen: 8_907_199_254, floorFen: 8_907_199_254 },
  { code: 'WMWMWMWMWMWMWMWMWMWMWMWMWMWMWM99', name: longest('立式加工中心', 60, '整机'), spec: longest('VMC850×1000', 100, 'Z'), unit: longest('套', 8, '件'), listFen: MAX_FEN, floorFen: MAX_FEN },
  { code: '1234567890_ABCDEFGHIJ.KLMNOPQRST', name: longest('数控车床', 60, '末'), spec: '', unit: '台', listFen: MAX_FEN, floorFen: MAX_FEN },
]
// Line 1 at the longest quantity (1,000,000); line 2 at the longest price (1e14 fen); line 3 at 1 fen,
// 100 % below its floor. The total, 9,007,199,254,000,001 fen, is as long as any total can be (16 digits).
const LINES = [
  { quantity: 1_000_000, unitPriceFen: 8_907_199_254 },
  { quantity: 1, unitPriceFen: MAX_FEN },
  { quantity: 1, unitPriceFen: 1 },
]
const TOTAL_FEN = 9_007_199_254_000_001
const PREPAYMENT_BPS = 9800
const PREPAYMENT_FEN = Number((BigInt(TOTAL_FEN) * BigInt(PREPAYMENT_BPS) + 5000n) / 10000n)
const INSTALMENTS = [
  { label: longest('设备到货验收合格后支付', 20, '一期'), dueDate: shanghaiDay(60), amountFen: MAX_FEN },
  { label: longest('质保期满无质量问题后付', 20, '尾款'), dueDate: shanghaiDay(400), amountFen: TOTAL_FEN - PREPAYMENT_FEN - MAX_FEN },
]
const CUSTOMER = {
  name: longest('郑州市顺达热电', 100, '有限责任公司'),
  creditCode: '91320505MA1P8K3T20',
  address: longest('河南省郑州市中原区建设西路', 200, '号院'),
  bankName: longest('中国工商银行郑州建设路', 100, '支行'),
  bankAccount: longest('6222020201', 40, '99'),
  taxAddressPhone: longest('河南省郑州市中原区建设西路', 200, '电话'),
  contacts: [{ name: longest('徐海', 32, '峰'), phone: longest('0371-6555123', 32, '9'), title: longest('采购', 32, '经理') }],
}
const NON_STANDARD = longest('买方有权在验收不合格时拒收并要求更换，', 2000, '以此为准。')
const NOTE = longest('PN16-WCB-RF法兰按GB/T9113执行；', 500, '完。')
// The contract's own: the customer's contract number (40) and a seal use of 20 copies (the most at once)
// for the longest purpose (100).
// Our company data (shared/api/admin.ts): address 120, bank 60, account 40, and an 18-character tax number.
const COMPANY_DATA = {
  name: COMPANY,
  address: longest('江苏省苏州市工业园区星湖街', 120, '号楼'),
  taxNumber: '91310000MA1FL8T23F',
  bankName: longest('中国建设银行苏州工业园区', 60, '支行'),
  bankAccount: longest('3220 1986 3610 ', 40, '0518'),
  sealKeeperUserId: null,
}
const CUSTOMER_CONTRACT_NO = longest('ZZSD-RD-2026-', 40, '-118')
const SEAL = { copies: 20, purpose: longest('合同签订及副本备案', 100, '用') }

let applicationId = 0
let contractId = 0

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL
  if (!baseURL) throw new Error('print-longest needs the baseURL of its own host (playwright.config.ts)')
  const api = await OfficeApi.open(playwright, baseURL)
  try {
    await api.call('system.setup', { companyName: COMPANY, adminName: longest('周', 32, '建华'), adminLogin: 'admin', adminPassword: PASSWORD })
    const ids = new Map<string, number>()
    for (const person of PEOPLE) {
      ids.set(person.login, (await api.call('users.create', { name: person.name, login: person.login, password: 'Init2025xx', roles: [person.role] })).id)
    }
    await api.call('users.setManager', { userId: ids.get(CLERK.login)!, managerUserId: ids.get(MANAGER.login)! })
    await api.call('admin.saveCompany', COMPANY_DATA)
    const productIds: number[] = []
    for (const p of PRODUCTS) productIds.push((await api.call('products.save', { code: p.code, name: p.name, spec: p.spec, unit: p.unit })).id)
    await api.signOut()
    for (const person of PEOPLE) {
      await api.signIn(person.login, 'Init2025xx')
      await api.call('auth.changePassword', { oldPassword: 'Init2025xx', newPassword: PASSWORD })
      await api.signOut()
    }

    await api.signIn(GM.login, PASSWORD)
    await api.call('priceLists.issue', {
      effectiveFrom: shanghaiDay(),
      items: PRODUCTS.map((p, i) => ({ productId: productIds[i]!, listPriceFen: p.listFen, floorPriceFen: p.floorFen })),
      authorities: [
        { role: 'sales_manager', maxBelowFloorBps: 500 },
        { role: 'general_manager', maxBelowFloorBps: null },
      ],
    })
    await api.signOut()

    await api.signIn(CLERK.login, PASSWORD)
    const customer = await api.call('customers.save', CUSTOMER)
    let view = await api.call('applications.save', {
      customerId: customer.id,
      deliveryDate: shanghaiDay(30),
      prepaymentBps: PREPAYMENT_BPS,
      instalments: INSTALMENTS,
      installationNeeded: true,
      nonStandardTerms: NON_STANDARD,
      note: NOTE,
      lines: LINES.map((l, i) => ({ productId: productIds[i]!, ...l })),
    })
    expect(view.header.amountFen).toBe(TOTAL_FEN)
    applicationId = view.header.id
    view = await api.call('documents.act', { id: view.header.id, version: view.header.version, action: 'submit' })
    await api.signOut()
    // Signed by the manager and (line 3 is beyond the manager's 5 %) the general manager: their
    // 32-character names go in the signature boxes.
    for (const signer of [MANAGER, GM]) {
      await api.signIn(signer.login, PASSWORD)
      view = await api.call('documents.get', { id: applicationId })
      view = await api.call('documents.act', { id: applicationId, version: view.header.version, action: 'approve' })
      await api.signOut()
    }
    // The contract made from it: legal reviews the non-standard wording (R4), finance countersigns.
    await api.signIn(HEAD.login, PASSWORD)
    view = await api.call('contracts.createFromApplication', { applicationId, customerContractNo: CUSTOMER_CONTRACT_NO, signedOn: shanghaiDay() })
    contractId = view.header.id
    await api.call('documents.act', { id: contractId, version: view.header.version, action: 'submit' })
    await api.signOut()
    for (const signer of [LEGAL, FINANCE]) {
      await api.signIn(signer.login, PASSWORD)
      view = await api.call('documents.get', { id: contractId })
      await api.call('documents.act', { id: contractId, version: view.header.version, action: 'approve' })
      await api.signOut()
    }
    await api.signIn(HEAD.login, PASSWORD)
    await api.call('seal.use', { contractId, ...SEAL })
    await api.signOut()
  } finally {
    await api.close()
  }
})

const MM = 72 / 25.4 // points per millimetre
const PX = 0.75 // points per CSS pixel

/**
 * The text pdftotext reads within the printed column of `cell`, page after page, between the top and
 * bottom margins (the page number and the document number in the margins stay out), without whitespace.
 */
async function columnText(page: Page, pdf: string, pages: number, cell: Locator): Promise<string> {
  const sheet = await page.getByTestId('print-sheet').boundingBox()
  const box = await cell.boundingBox()
  if (!sheet || !box) throw new Error('the sheet and the cell must be on screen')
  // Across the screen sheet (210 mm, 15 mm paddings) as across the paper (210 mm, 15 mm margins).
  const left = (box.x - sheet.x) * PX - 1
  const width = box.width * PX + 2
  let text = ''
  for (let p = 1; p <= pages; p += 1) {
    const args = ['-layout', '-f', String(p), '-l', String(p), '-x', String(Math.floor(left)), '-y', String(Math.floor(15 * MM)), '-W', String(Math.ceil(width)), '-H', String(Math.ceil(266 * MM) + 1), pdf, '-']
    text += execFileSync('pdftotext', args, { encoding: 'utf8' })
  }
  return text.replace(/\s+/g, '')
}

type ReadBack = (cell: Locator, value: string) => Promise<void>

/**
 * The sheet on screen has nothing sticking out of its box; printed, every page is A4; the pages as PNGs
 * for people to look at; and a reader that asserts a value is whole in its cell's printed column.
 */
async function printAndReadBack(page: Page, name: string): Promise<ReadBack> {
  // An overflowing value would print over its neighbour.
  const overflowing = await page.evaluate(`Array.from(document.querySelectorAll('[data-testid="print-sheet"] td, [data-testid="print-sheet"] .print-signature, [data-testid="print-sheet"] h1')).filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent)`)
  expect(overflowing, '超出格子的内容').toEqual([])

  const dir = test.info().project.outputDir
  mkdirSync(join(dir, 'screenshots'), { recursive: true })
  const pdf = join(dir, `${name}.pdf`)
  await new ApplicationPrintPage(page).saveAsPdf(pdf)
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])
  expect(pages).toBeGreaterThan(1)
  // Every page is A4 (595.28 × 841.89 pt): nothing widened the paper.
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)]
  expect(sizes).toHaveLength(pages)
  for (const [, w, h] of sizes) {
    expect(Number(w)).toBeCloseTo(595.28, 0)
    expect(Number(h)).toBeCloseTo(841.89, 0)
  }
  writeFileSync(join(dir, `${name}.txt`), execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }))
  execFileSync('pdftoppm', ['-png', '-r', '100', pdf, join(dir, 'screenshots', name)])
  return async (cell, value) => {
    expect(await columnText(page, pdf, pages, cell), `PDF 中应有完整的“${value}”`).toContain(value.replace(/\s+/g, ''))
  }
}

/** What the application and the contract both print: company, customer, lines, totals, terms, wording. */
async function readBackCommon(page: Page, whole: ReadBack, withPolicy: boolean): Promise<void> {
  const print = new ApplicationPrintPage(page)
  await whole(print.company, COMPANY)
  // Our address, tax number and bank (company data) at their longest, whole.
  await whole(page.getByTestId('print-company-address'), COMPANY_DATA.address)
  await whole(page.getByTestId('print-company-tax-number'), COMPANY_DATA.taxNumber)
  await whole(page.getByTestId('print-company-bank'), COMPANY_DATA.bankName)
  await whole(page.getByTestId('print-company-account'), COMPANY_DATA.bankAccount)
  const customer = page.getByTestId('print-customer').locator('td')
  await whole(customer.nth(1), CUSTOMER.name)
  await whole(customer.nth(3), CUSTOMER.creditCode)
  await whole(customer.nth(5), CUSTOMER.address)
  await whole(customer.nth(7), `${CUSTOMER.contacts[0]!.name}${CUSTOMER.contacts[0]!.phone}`)
  // Need-to-know (docs/need-to-know.md): bank details reach finance only, so the clerk's and the head's
  // papers carry no bank row at all rather than a clipped or blank one.
  await expect(customer).toHaveCount(8)
  for (const [i, product] of PRODUCTS.entries()) {
    const cells = page.getByTestId('print-lines').locator('tbody tr').nth(i).locator('td')
    await whole(cells.nth(1), product.code)
    await whole(cells.nth(2), product.name)
    await whole(cells.nth(3), product.spec || '—')
    await whole(cells.nth(4), product.unit)
    await whole(cells.nth(5), String(LINES[i]!.quantity))
    await whole(cells.nth(6), formatFen(LINES[i]!.unitPriceFen))
    if (withPolicy) await whole(cells.nth(7), formatFen(product.listFen))
    await whole(cells.nth(withPolicy ? 8 : 7), formatFen(LINES[i]!.quantity * LINES[i]!.unitPriceFen))
  }
  expect(formatFen(MAX_FEN), '最长的单价').toBe('1,000,000,000,000.00')
  expect(formatFen(TOTAL_FEN), '最长的合计').toBe('90,071,992,540,000.01')
  await whole(print.total, `¥${formatFen(TOTAL_FEN)}`)
  await whole(print.totalCapital, capitalAmount(TOTAL_FEN))
  const terms = page.getByTestId('print-terms').locator('tr')
  await whole(terms.nth(0).locator('td').nth(1), `¥${formatFen(PREPAYMENT_FEN)}`)
  for (const [i, instalment] of INSTALMENTS.entries()) {
    const cells = terms.nth(i + 1).locator('td')
    const offset = i === 0 ? 1 : 0 // the first row carries the rowspan label 分期付款
    await whole(cells.nth(offset), instalment.label)
    await whole(cells.nth(offset + 2), `¥${formatFen(instalment.amountFen)}`)
  }
  await whole(page.getByTestId('print-non-standard'), NON_STANDARD)
}

async function signIn(page: Page, person: Person): Promise<void> {
  const login = new LoginPage(page)
  await login.open()
  await login.signIn(person.login, PASSWORD)
  await expect(new MainLayout(page).userName).toHaveText(person.name, PASSWORD_WORK)
}

test('申报单：最长的编码、名称、数量和金额打印在 A4 上一个字不少', async ({ page }) => {
  await signIn(page, CLERK)
  const print = new ApplicationPrintPage(page)
  await print.open(applicationId)
  await expect(print.signature('gm_approve')).toContainText(GM.name)
  const whole = await printAndReadBack(page, 'print-longest-application')
  await readBackCommon(page, whole, true)
  const boxes = print.signatures.locator('.print-signature')
  for (const [i, person] of [CLERK, MANAGER, GM].entries()) await whole(boxes.nth(i), person.name)
})

test('销售合同：最长的客户合同号、用途和签字人同样一个字不少', async ({ page }) => {
  await signIn(page, HEAD)
  await page.goto(`/#/print/contract/${contractId}`)
  const print = new ApplicationPrintPage(page)
  await expect(print.sheet).toBeVisible()
  await expect(page.getByTestId('print-seals')).toContainText(HEAD.name)
  await expect(print.signatures).toContainText(FINANCE.name)
  const whole = await printAndReadBack(page, 'print-longest-contract')
  await readBackCommon(page, whole, false)
  await whole(page.getByTestId('print-customer-contract-no'), CUSTOMER_CONTRACT_NO)
  const seal = page.getByTestId('print-seals').locator('tbody td')
  await whole(seal.nth(1), HEAD.name)
  await whole(seal.nth(2), String(SEAL.copies))
  await whole(seal.nth(3), SEAL.purpose)
  const boxes = print.signatures.locator('.print-signature')
  for (const [i, person] of [HEAD, LEGAL, FINANCE].entries()) await whole(boxes.nth(i), person.name)
})

/** Fen as the form prints it, from the digits (1e16 fen is beyond what a float divides exactly). */
function formatFen(fen: number): string {
  const digits = String(fen).padStart(3, '0')
  return `${digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',')}.${digits.slice(-2)}`
}
