import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import type { RoleKey } from '../../shared/roles'
import { ApplicationPrintPage } from './pages/application-print-page'
import { DocumentPage } from './pages/document-page'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { pickFromSelect } from './support/antd'
import { answerTo } from './support/api-call'
import { OfficeApi } from './support/office-api'
import { printedOnOneA4 } from './support/printed-pdf'
import { saveScreen } from './support/screens'
import { PASSWORD_WORK } from './support/waits'

/*
 * Issue 11, the goods half (R7): qc issues a certificate → production fills an inbound slip with it and
 * submits → the warehouse receives and signs, which posts it → the stock page shows the goods and the
 * movement. Each on their own fresh database (the `goods` project); the office is set up through the API.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

interface Person { name: string; login: string; role: RoleKey; roleLabel: string; password: string }
const QC: Person = { name: '孙质检', login: 'sunzj', role: 'qc', roleLabel: '质检员', password: 'Sunzj2025mine' }
const PRODUCTION: Person = { name: '钱生产', login: 'qiansc', role: 'production', roleLabel: '生产科', password: 'Qiansc2025mine' }
const WAREHOUSE: Person = { name: '吴仓管', login: 'wucg', role: 'warehouse', roleLabel: '仓管员', password: 'Wucg2025mine' }
const PEOPLE = [QC, PRODUCTION, WAREHOUSE]
const LATHE = { code: 'HX-200', name: '数控车床', spec: 'CK6150×1000', unit: '台' }

const shared = { certNo: '', inboundId: 0, inboundNo: '' }

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL
  if (!baseURL) throw new Error('goods needs the baseURL of its own host (playwright.config.ts)')
  const api = await OfficeApi.open(playwright, baseURL)
  try {
    expect((await api.call('system.status', {})).setupNeeded, 'goods must start on its own empty database').toBe(true)
    await api.call('system.setup', { companyName: '江南精工机械有限公司', adminName: '周建华', adminLogin: 'admin', adminPassword: 'Admin2025ok' })
    for (const p of PEOPLE) await api.call('users.create', { name: p.name, login: p.login, password: `Init${p.password}`, roles: [p.role] })
    await api.call('products.save', { ...LATHE })
    await api.call('products.save', { code: 'HX-350', name: '立式加工中心', spec: 'VMC850', unit: '台' })
    await api.signOut()
    for (const p of PEOPLE) {
      await api.signIn(p.login, `Init${p.password}`)
      await api.call('auth.changePassword', { oldPassword: `Init${p.password}`, newPassword: p.password })
      await api.signOut()
    }
  } finally {
    await api.close()
  }
})

async function signInAs(page: Page, person: Person): Promise<MainLayout> {
  const login = new LoginPage(page)
  await login.open()
  await login.signIn(person.login, person.password)
  const layout = new MainLayout(page)
  await expect(layout.userName).toHaveText(person.name, PASSWORD_WORK)
  await expect(layout.roles).toHaveText(person.roleLabel)
  return layout
}

test('1 质检员签发合格证：产品、合格数量、批号、检验日期；列为待入库', async ({ page }) => {
  await signInAs(page, QC)
  await page.getByTestId('nav-qc-certificates').click()
  await page.getByTestId('cert-issue-open').click()
  await pickFromSelect(page, page.getByTestId('cert-product'), 'HX-200', 'HX-200')
  await page.getByTestId('cert-quantity').fill('8')
  await page.getByTestId('cert-batch').fill('L2611-03')
  await Promise.all([answerTo(page, 'qcCertificates.issue'), page.getByTestId('cert-issue-submit').click()])
  const row = page.locator('[data-testid^="cert-row-HG"]').first()
  await expect(row).toContainText('数控车床')
  await expect(row).toContainText('待入库')
  shared.certNo = ((await row.getAttribute('data-testid')) ?? '').replace('cert-row-', '')
  expect(shared.certNo).toMatch(/^HG\d{10}$/)
  await saveScreen(page, 'goods-01-certificates')
})

test('2 生产科填成品入库单：选合格证（产品与数量取自合格证），保存草稿并提交仓库', async ({ page }) => {
  await signInAs(page, PRODUCTION)
  await page.getByTestId('nav-new-inbound').click()
  await pickFromSelect(page, page.getByTestId('inbound-cert-0'), shared.certNo, shared.certNo)
  await expect(page.getByTestId('inbound-quantity-0')).toHaveValue('8')
  await saveScreen(page, 'goods-02-inbound-form')
  await Promise.all([answerTo(page, 'inbound.create'), page.getByTestId('inbound-save').click()])
  const doc = new DocumentPage(page)
  await expect(doc.type).toHaveText('成品入库单')
  await expect(doc.state).toHaveAttribute('data-state', 'draft')
  await expect(page.getByTestId('doc-inbound-lines')).toContainText(shared.certNo)
  shared.inboundId = await doc.id()
  shared.inboundNo = await doc.number()
  expect(shared.inboundNo).toMatch(/^RK\d{10}$/)
  await doc.submit()
  await expect(doc.state).toHaveText('待入库')
})

test('3 仓管员验收入库：签字即入库；库存页显示在库数量与这笔入库', async ({ page }) => {
  await signInAs(page, WAREHOUSE)
  const doc = new DocumentPage(page)
  await doc.open(shared.inboundId)
  await expect(doc.amount).toHaveCount(0) // need-to-know: goods, no money
  await doc.approveWithComment('数量相符，已入库')
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(doc.state).toHaveText('已入库')
  await saveScreen(page, 'goods-03-inbound-posted')

  await page.getByTestId('nav-stock').click()
  await expect(page.getByTestId(`stock-on-hand-${LATHE.code}`)).toHaveText('8')
  await expect(page.getByTestId('stock-on-hand-HX-350')).toHaveText('0')
  await page.getByTestId(`stock-row-${LATHE.code}`).click()
  const movements = page.getByTestId('stock-movements')
  await expect(movements).toContainText(shared.inboundNo)
  await expect(movements).toContainText('+8')
  await saveScreen(page, 'goods-04-stock')
})

test('4 打印成品入库单：A4 一页，合格证号、签字（填表人、仓库验收）、二维码；再次打印为补打', async ({ page }) => {
  await signInAs(page, PRODUCTION)
  const doc = new DocumentPage(page)
  await doc.open(shared.inboundId)
  await doc.openPrintPreview()
  // The print page object of the application: every form's print route has the same parts.
  const print = new ApplicationPrintPage(page)
  await expect(print.docNo).toHaveText(shared.inboundNo)
  await expect(print.signature('drafter')).toContainText(PRODUCTION.name)
  await expect(print.signature('warehouse_receive')).toContainText(WAREHOUSE.name)
  const { pdfPath, text } = await printedOnOneA4((path) => print.saveAsPdf(path), 'goods-inbound')
  for (const expected of ['江南精工机械有限公司', '成品入库单', shared.inboundNo, shared.certNo, LATHE.name, 'L2611-03', PRODUCTION.name, WAREHOUSE.name, '第1页共1页']) {
    expect(text, `PDF 中应有“${expected}”`).toContain(expected)
  }
  const dir = join(test.info().project.outputDir, 'screenshots')
  mkdirSync(dir, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdfPath, join(dir, 'goods-05-inbound-pdf')])
  await expect(print.reprintMark).toHaveCount(0)
  await print.print()
  await page.reload()
  await expect(print.reprintMark).toHaveText('补打')
})

test('5 仓管员按纸面扫码：任意页面按 F2，扫码枪输入单号和回车即打开单据；错号说明原因', async ({ page }) => {
  await signInAs(page, WAREHOUSE)
  await page.getByTestId('nav-stock').click()
  // A keyboard-wedge scanner: F2 puts the cursor in 扫码/单号, then the QR's text (here in lower case, as with
  // Caps Lock off) and Enter arrive as keystrokes.
  await page.keyboard.press('F2')
  await expect(page.getByTestId('scan-box')).toBeFocused()
  await page.keyboard.type(shared.inboundNo.toLowerCase())
  await page.keyboard.press('Enter')
  const doc = new DocumentPage(page)
  await expect(doc.docNo).toHaveText(shared.inboundNo)
  await expect(page.getByTestId('scan-box')).toHaveValue('')

  await page.keyboard.press('F2')
  await page.keyboard.type('RK2026119999')
  await page.keyboard.press('Enter')
  await expect(page.locator('.ant-message')).toContainText('没有单号为 RK2026119999 的单据')
  await expect(doc.docNo).toHaveText(shared.inboundNo)
  await saveScreen(page, 'goods-06-scan-unknown')
})
