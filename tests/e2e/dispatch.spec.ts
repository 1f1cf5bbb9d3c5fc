import { expect, test, type Page } from '@playwright/test'
import type { RoleKey } from '../../shared/roles'
import { DocumentPage } from './pages/document-page'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { answerTo } from './support/api-call'
import { expectContinuousPages, pagePng, pageText, savePdf } from './support/continuous-pdf'
import { OfficeApi, shanghaiDay } from './support/office-api'
import { saveScreen } from './support/screens'
import { PASSWORD_WORK } from './support/waits'

/*
 * Issue 12, first part, end to end on its own fresh database (the `dispatch` project): a signed contract
 * whose pumps are in stock and a customer with a ¥10,000.00 credit line (API setup) → the clerk opens
 * 开发货单 from the contract page (lines prefilled with what is lacking and available, address and contact
 * from the customer), saves and submits → the sales manager approves → the note (¥24,000.00) is over the
 * customer's limit, so the route has the general manager's credit step (R9): the GM reads the figures and
 * approves → the stock page reserves the two pumps.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

interface Person { name: string; login: string; role: RoleKey; password: string }
const CLERK: Person = { name: '王小丽', login: 'wangxl', role: 'sales_clerk', password: 'Wangxl2025mine' }
const MANAGER: Person = { name: '李建国', login: 'lijg', role: 'sales_manager', password: 'Lijg2025mine' }
const GM: Person = { name: '张伟', login: 'zhangw', role: 'general_manager', password: 'Zhangw2025mine' }
const HEAD: Person = { name: '陈主管', login: 'chenzg', role: 'sales_head', password: 'Chenzg2025mine' }
const FINANCE: Person = { name: '刘会计', login: 'liukj', role: 'finance', password: 'Liukj2025mine' }
const QC: Person = { name: '孙质检', login: 'sunzj', role: 'qc', password: 'Sunzj2025mine' }
const PRODUCTION: Person = { name: '钱生产', login: 'qiansc', role: 'production', password: 'Qiansc2025mine' }
const WAREHOUSE: Person = { name: '吴仓管', login: 'wucg', role: 'warehouse', password: 'Wucg2025mine' }
const PEOPLE = [CLERK, MANAGER, GM, HEAD, FINANCE, QC, PRODUCTION, WAREHOUSE]

const PUMP = { code: 'IS100-80', name: '单级离心泵', spec: 'IS100-80-160 15kW', unit: '台', listFen: 1_200_000, floorFen: 1_000_000 }
const CUSTOMER = '上海申达机电有限公司'

const contract = { id: 0, no: '' }
const note = { id: 0 }

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL
  if (!baseURL) throw new Error('dispatch needs the baseURL of its own host (playwright.config.ts)')
  const api = await OfficeApi.open(playwright, baseURL)
  const as = async (p: Person) => {
    await api.signOut().catch(() => undefined)
    await api.signIn(p.login, p.password)
  }
  try {
    await api.call('system.setup', { companyName: '江南精工机械有限公司', adminName: '周建华', adminLogin: 'admin', adminPassword: 'Admin2025ok' })
    const ids = new Map<string, number>()
    for (const p of PEOPLE) ids.set(p.login, (await api.call('users.create', { name: p.name, login: p.login, password: `Init${p.password}`, roles: [p.role] })).id)
    await api.call('users.setManager', { userId: ids.get(CLERK.login)!, managerUserId: ids.get(MANAGER.login)! })
    const pump = await api.call('products.save', { code: PUMP.code, name: PUMP.name, spec: PUMP.spec, unit: PUMP.unit })
    await api.signOut()
    for (const p of PEOPLE) {
      await api.signIn(p.login, `Init${p.password}`)
      await api.call('auth.changePassword', { oldPassword: `Init${p.password}`, newPassword: p.password })
      await api.signOut()
    }
    await as(GM)
    await api.call('priceLists.issue', {
      effectiveFrom: shanghaiDay(),
      items: [{ productId: pump.id, listPriceFen: PUMP.listFen, floorPriceFen: PUMP.floorFen }],
      authorities: [{ role: 'sales_manager', maxBelowFloorBps: 500 }, { role: 'general_manager', maxBelowFloorBps: null }],
    })
    await as(CLERK)
    const customerId = (
      await api.call('customers.save', {
        name: CUSTOMER, creditCode: '91310000132149237G', address: '上海市浦东新区张江路 100 号', bankName: '工商银行张江支行',
        bankAccount: '1001 2345 6789 0123', taxAddressPhone: '上海市浦东新区张江路 100 号 021-58880000', contacts: [{ name: '赵经理', phone: '13800000000', title: '采购' }],
      })
    ).id
    // R2: a credit line of ¥10,000.00, proposed by the clerk and approved by the general manager.
    const credit = await api.call('creditChanges.propose', { customerId, rating: 'B', creditLimitFen: 1_000_000, creditDays: 30, reason: '老客户，回款正常' })
    const draft = await api.call('applications.save', {
      customerId, deliveryDate: shanghaiDay(30), prepaymentBps: 0, installationNeeded: false,
      instalments: [{ label: '提货款', dueDate: shanghaiDay(45), amountFen: 2_400_000 }], lines: [{ productId: pump.id, quantity: 2, unitPriceFen: PUMP.listFen }],
    })
    let view = await api.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    for (const signer of [MANAGER, GM]) {
      if (view.header.state !== 'pending') break
      await as(signer)
      view = await api.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve' })
    }
    await api.call('documents.act', { id: credit.header.id, version: credit.header.version, action: 'approve' })
    await as(HEAD)
    const made = await api.call('contracts.createFromApplication', { applicationId: view.header.id, customerContractNo: 'SD-2026-120', signedOn: shanghaiDay() })
    const submitted = await api.call('documents.act', { id: made.header.id, version: made.header.version, action: 'submit' })
    await as(FINANCE)
    const signed = await api.call('documents.act', { id: made.header.id, version: submitted.header.version, action: 'approve' })
    contract.id = signed.header.id
    contract.no = signed.header.docNo
    // Two pumps into stock: a certificate, an inbound slip, the warehouse's signature.
    await as(QC)
    const cert = await api.call('qcCertificates.issue', { productId: pump.id, quantity: 2, batchNo: 'L2612-01', inspectedOn: shanghaiDay() })
    await as(PRODUCTION)
    const inbound = await api.call('inbound.create', { receivedOn: shanghaiDay(), lines: [{ productId: pump.id, quantity: 2, certificateId: cert.id }] })
    const sent = await api.call('documents.act', { id: inbound.header.id, version: inbound.header.version, action: 'submit' })
    await as(WAREHOUSE)
    await api.call('documents.act', { id: inbound.header.id, version: sent.header.version, action: 'approve' })
    await api.signOut()
  } finally {
    await api.close()
  }
})

async function signInAs(page: Page, person: Person): Promise<MainLayout> {
  await new LoginPage(page).open()
  await new LoginPage(page).signIn(person.login, person.password)
  const layout = new MainLayout(page)
  await expect(layout.userName).toHaveText(person.name, PASSWORD_WORK)
  return layout
}

test('1 销售内勤在待开发货单里找到合同，开发货单：带出尚未发货且有货的数量、收货地址与联系人；保存并提交', async ({ page }) => {
  await signInAs(page, CLERK)
  await page.getByTestId('nav-ready-to-dispatch').click()
  await expect(page.getByTestId(`ready-dispatch-${contract.no}`)).toBeVisible()
  await page.getByTestId(`ready-dispatch-${contract.no}`).click()
  await expect(page.getByTestId('dispatch-form-page')).toBeVisible()
  await expect(page.getByTestId('dispatch-qty-1')).toHaveValue('2')
  await expect(page.getByTestId('dispatch-address')).toHaveValue('上海市浦东新区张江路 100 号')
  await expect(page.getByTestId('dispatch-contact')).toHaveValue('赵经理')
  await page.getByTestId('dispatch-carrier').fill('德邦物流')
  await saveScreen(page, 'dispatch-01-form')
  await Promise.all([answerTo(page, 'dispatchNotes.save'), page.getByTestId('dispatch-save').click()])
  const doc = new DocumentPage(page)
  await expect(doc.type).toHaveText('发货单')
  await expect(doc.state).toHaveAttribute('data-state', 'draft')
  note.id = await doc.id()
  await expect(page.getByTestId('dispatch-credit-verdict')).toContainText('需总经理审批')
  await doc.submit()
  await expect(doc.currentStep).toHaveText('销售经理审批')
})

test('2 销售经理审批；超出信用额度，流转到总经理信用审批', async ({ page }) => {
  await signInAs(page, MANAGER)
  const doc = new DocumentPage(page)
  await doc.open(note.id)
  await doc.approveWithComment('同意发货')
  await expect(doc.currentStep).toContainText('总经理信用审批')
})

test('3 总经理看到信用额度、占用、本单与超额，批准', async ({ page }) => {
  await signInAs(page, GM)
  const doc = new DocumentPage(page)
  await doc.open(note.id)
  await expect(page.getByTestId('dispatch-credit')).toContainText('¥10,000.00')
  await expect(page.getByTestId('dispatch-credit-total')).toHaveText('¥24,000.00')
  await expect(page.getByTestId('dispatch-credit-verdict')).toContainText('超出信用额度 ¥14,000.00')
  await saveScreen(page, 'dispatch-02-gm-credit')
  await doc.approveWithComment('老客户，同意超额发货')
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
})

test('4 库存页：已批准的发货单占用两台', async ({ page }) => {
  await signInAs(page, CLERK)
  await page.getByTestId('nav-stock').click()
  await expect(page.getByTestId(`stock-on-hand-${PUMP.code}`)).toHaveText('2')
  await expect(page.getByTestId(`stock-reserved-${PUMP.code}`)).toHaveText('2')
  const doc = new DocumentPage(page)
  await doc.open(contract.id)
  await expect(page.locator('[data-testid^="doc-family-FH"]')).toHaveCount(1)
})

test('5 打印发货单：241×140 mm 四联（存根/客户/财务/仓库各一页），合同、收货地址、明细、金额与大写、三人签字、二维码', async ({ page }) => {
  await signInAs(page, CLERK)
  const doc = new DocumentPage(page)
  await doc.open(note.id)
  const docNo = await doc.docNo.innerText()
  await doc.printButton.click()
  const sheets = page.locator('[data-testid="cf-sheets"][data-ready="true"]')
  await expect(sheets).toBeVisible()
  // One page per part on plain continuous paper (the desk's default): four pages, each with its QR code.
  await expect(page.getByTestId('cf-sheet')).toHaveCount(4)
  await expect(page.getByTestId('print-qr')).toHaveCount(4)
  const pdf = await savePdf(page, 'dispatch-note')
  expectContinuousPages(pdf, 4)
  for (const [pageNo, part] of ['第一联存根联', '第二联客户联', '第三联财务联', '第四联仓库联'].entries()) {
    const text = pageText(pdf, pageNo + 1)
    for (const expected of [part, '发货单', docNo, contract.no, CUSTOMER, PUMP.code, PUMP.name, '¥24,000.00'.replace('¥', ''), '贰万肆仟元整', CLERK.name, MANAGER.name, GM.name, '第1页共1页']) {
      expect(text, `第 ${pageNo + 1} 页应有“${expected}”`).toContain(expected)
    }
  }
  pagePng(pdf, 1)
  await saveScreen(page, 'dispatch-03-print')
})
