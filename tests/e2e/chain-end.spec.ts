import { expect, test, type Page } from '@playwright/test'
import type { RoleKey } from '../../shared/roles'
import { DocumentPage } from './pages/document-page'
import { LedgerPage } from './pages/ledger-page'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { pickFromSelect } from './support/antd'
import { answerTo } from './support/api-call'
import { OfficeApi, shanghaiDay } from './support/office-api'
import { saveScreen } from './support/screens'
import { PASSWORD_WORK } from './support/waits'

/*
 * Issue 11 end to end on its own fresh database (the `chain-end` project): a signed contract (API setup)
 * → finance records and allocates the prepayment → the planner makes the production notice → the sales VP
 * signs → qc issues a certificate → production fills the inbound slip against the notice from its page
 * (按此通知单入库: products and remaining quantities prefilled) → the warehouse posts it → the stock page
 * shows the quantity, and the ledger's 已回款 the prepayment.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

interface Person { name: string; login: string; role: RoleKey; password: string }
const CLERK: Person = { name: '王小丽', login: 'wangxl', role: 'sales_clerk', password: 'Wangxl2025mine' }
const MANAGER: Person = { name: '李建国', login: 'lijg', role: 'sales_manager', password: 'Lijg2025mine' }
const GM: Person = { name: '张伟', login: 'zhangw', role: 'general_manager', password: 'Zhangw2025mine' }
const HEAD: Person = { name: '陈主管', login: 'chenzg', role: 'sales_head', password: 'Chenzg2025mine' }
const FINANCE: Person = { name: '刘会计', login: 'liukj', role: 'finance', password: 'Liukj2025mine' }
const PLANNER: Person = { name: '孙计划', login: 'sunjh', role: 'planner', password: 'Sunjh2025mine' }
const SALES_VP: Person = { name: '钱副总', login: 'qianfz', role: 'sales_vp', password: 'Qianfz2025mine' }
const QC: Person = { name: '孙质检', login: 'sunzj', role: 'qc', password: 'Sunzj2025mine' }
const PRODUCTION: Person = { name: '钱生产', login: 'qiansc', role: 'production', password: 'Qiansc2025mine' }
const WAREHOUSE: Person = { name: '吴仓管', login: 'wucg', role: 'warehouse', password: 'Wucg2025mine' }
const PEOPLE = [CLERK, MANAGER, GM, HEAD, FINANCE, PLANNER, SALES_VP, QC, PRODUCTION, WAREHOUSE]

const PUMP = { code: 'IS100-80', name: '单级离心泵', spec: 'IS100-80-160 15kW', unit: '台', listFen: 1_200_000, floorFen: 1_000_000 }
const CUSTOMER = '上海申达机电有限公司'
// 2 × 12,000.00 = 24,000.00; 30 % prepayment = 7,200.00.
const PREPAYMENT = '7200.00'

let customerId = 0
const contract = { id: 0, no: '' }
const notice = { id: 0, no: '' }
const shared = { certNo: '', inboundId: 0 }

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL
  if (!baseURL) throw new Error('chain-end needs the baseURL of its own host (playwright.config.ts)')
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
    customerId = (
      await api.call('customers.save', {
        name: CUSTOMER, creditCode: '91310000132149237G', address: '上海市浦东新区张江路 100 号', bankName: '工商银行张江支行',
        bankAccount: '1001 2345 6789 0123', taxAddressPhone: '上海市浦东新区张江路 100 号 021-58880000', contacts: [{ name: '赵经理', phone: '13800000000', title: '采购' }],
      })
    ).id
    const draft = await api.call('applications.save', {
      customerId, deliveryDate: shanghaiDay(30), prepaymentBps: 3000, installationNeeded: false,
      instalments: [{ label: '提货款', dueDate: shanghaiDay(45), amountFen: 1_680_000 }], lines: [{ productId: pump.id, quantity: 2, unitPriceFen: PUMP.listFen }],
    })
    let view = await api.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    for (const signer of [MANAGER, GM]) {
      if (view.header.state !== 'pending') break
      await as(signer)
      view = await api.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve' })
    }
    await as(HEAD)
    const made = await api.call('contracts.createFromApplication', { applicationId: view.header.id, customerContractNo: 'SD-2026-118', signedOn: shanghaiDay() })
    const submitted = await api.call('documents.act', { id: made.header.id, version: made.header.version, action: 'submit' })
    await as(FINANCE)
    const signed = await api.call('documents.act', { id: made.header.id, version: submitted.header.version, action: 'approve' })
    contract.id = signed.header.id
    contract.no = signed.header.docNo
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

test('1 财务收款登记：银行转账收到预付款，分配到合同', async ({ page }) => {
  await signInAs(page, FINANCE)
  await page.getByTestId('nav-new-payment').click()
  await expect(page.getByTestId('payment-record-page')).toBeVisible()
  await pickFromSelect(page, page.getByTestId('payment-customer'), '上海申达', page.getByTestId(`customer-option-${customerId}`))
  await page.getByTestId('payment-amount-input').fill('10000.00')
  await page.getByTestId('payment-bank').fill('工商银行张江支行')
  await page.getByTestId('payment-reference').fill('TX20261120001')
  await page.getByTestId('payment-slip').fill('HD-0001')
  await page.getByTestId(`alloc-${contract.no}`).fill(PREPAYMENT)
  await saveScreen(page, 'chainend-01-payment-record')
  await Promise.all([answerTo(page, 'payments.record'), page.getByTestId('payment-record-submit').click()])
  const doc = new DocumentPage(page)
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(page.getByTestId('payment-allocated')).toHaveText('7,200.00')
  await expect(page.getByTestId('payment-unallocated')).toHaveText('2,800.00')
  await doc.open(contract.id)
  await expect(page.getByTestId('contract-prepayment')).toContainText('已到齐')
})

test('2 计划员编制生产通知单并提交', async ({ page }) => {
  await signInAs(page, PLANNER)
  const doc = new DocumentPage(page)
  await doc.open(contract.id)
  await page.getByTestId('doc-make-notice').click()
  await expect(page.getByTestId('notice-qty-1')).toHaveValue('2')
  await Promise.all([answerTo(page, 'productionNotices.save'), page.getByTestId('notice-save').click()])
  await expect(doc.state).toHaveAttribute('data-state', 'draft')
  notice.id = await doc.id()
  notice.no = await doc.number()
  await doc.submit()
  await expect(doc.currentStep).toHaveText('分管销售副总签发')
})

test('3 分管销售副总签发通知单', async ({ page }) => {
  await signInAs(page, SALES_VP)
  const doc = new DocumentPage(page)
  await doc.open(notice.id)
  await doc.approveWithComment('同意排产')
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
})

test('4 质检员签发合格证', async ({ page }) => {
  await signInAs(page, QC)
  await page.getByTestId('nav-qc-certificates').click()
  await page.getByTestId('cert-issue-open').click()
  await pickFromSelect(page, page.getByTestId('cert-product'), PUMP.code, PUMP.code)
  await page.getByTestId('cert-quantity').fill('2')
  await page.getByTestId('cert-batch').fill('L2612-01')
  await Promise.all([answerTo(page, 'qcCertificates.issue'), page.getByTestId('cert-issue-submit').click()])
  const row = page.locator('[data-testid^="cert-row-HG"]').first()
  await expect(row).toContainText('待入库')
  shared.certNo = ((await row.getAttribute('data-testid')) ?? '').replace('cert-row-', '')
  expect(shared.certNo).toMatch(/^HG\d{10}$/)
})

test('5 生产科按此通知单入库：带出产品、合格证与尚未入库的数量，保存并提交', async ({ page }) => {
  await signInAs(page, PRODUCTION)
  const doc = new DocumentPage(page)
  await doc.open(notice.id)
  await expect(page.getByTestId('notice-inbound')).toBeVisible()
  await saveScreen(page, 'chainend-02a-notice-page')
  await page.getByTestId('notice-inbound').click()
  await expect(page.getByTestId('inbound-notice-remaining')).toContainText(`通知单 ${notice.no} 尚未入库`)
  await expect(page.getByTestId('inbound-notice-remaining')).toContainText('单级离心泵 2台')
  await expect(page.getByTestId('inbound-cert-0')).toContainText(shared.certNo)
  await expect(page.getByTestId('inbound-quantity-0')).toHaveValue('2')
  await saveScreen(page, 'chainend-02-inbound-against-notice')
  await Promise.all([answerTo(page, 'inbound.create'), page.getByTestId('inbound-save').click()])
  await expect(doc.type).toHaveText('成品入库单')
  await expect(doc.state).toHaveAttribute('data-state', 'draft')
  await expect(page.getByTestId('doc-inbound-lines')).toContainText(shared.certNo)
  shared.inboundId = await doc.id()
  await doc.submit()
  await expect(doc.state).toHaveText('待入库')
  // Complete now: the notice no longer offers itself to inbound.
  await page.getByTestId('nav-new-inbound').click()
  await page.getByTestId('inbound-notice').click()
  await expect(page.getByText('没有待入库的生产通知单')).toBeVisible()
})

test('6 仓管员验收入库；库存页显示数量', async ({ page }) => {
  await signInAs(page, WAREHOUSE)
  const doc = new DocumentPage(page)
  await doc.open(shared.inboundId)
  await doc.approveWithComment('数量相符，已入库')
  await expect(doc.state).toHaveText('已入库')
  await page.getByTestId('nav-stock').click()
  await expect(page.getByTestId(`stock-on-hand-${PUMP.code}`)).toHaveText('2')
  await saveScreen(page, 'chainend-03-stock')
})

test('7 台帐显示已回款', async ({ page }) => {
  const layout = await signInAs(page, SALES_VP)
  await layout.openLedger()
  const ledger = new LedgerPage(page)
  await ledger.periodMode('全部')
  await expect(await ledger.cellOf(contract.no, '已回款')).toContainText('7,200.00')
  await saveScreen(page, 'chainend-04-ledger')
})
