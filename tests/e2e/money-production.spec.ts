import { expect, test, type Page } from '@playwright/test'
import type { RoleKey } from '../../shared/roles'
import { ApplicationPrintPage } from './pages/application-print-page'
import { DocumentPage } from './pages/document-page'
import { LedgerPage } from './pages/ledger-page'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { pickFromSelect } from './support/antd'
import { answerTo } from './support/api-call'
import { OfficeApi, shanghaiDay } from './support/office-api'
import { printedOnOneA4 } from './support/printed-pdf'
import { saveScreen } from './support/screens'
import { PASSWORD_WORK } from './support/waits'

/*
 * Issue 11's money half on its own fresh database (the `money-production` project): a signed contract
 * (set up through the API, with the office) → finance records the prepayment on 收款登记 and allocates it
 * → the planner compiles the production notice from the contract's page and submits it (the R6 gate holds)
 * → the sales VP signs → the contract shows 已排产 and the ledger's 已回款 → the notice prints on one A4.
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
const PEOPLE = [CLERK, MANAGER, GM, HEAD, FINANCE, PLANNER, SALES_VP]

const PUMP = { code: 'IS100-80', name: '单级离心泵', spec: 'IS100-80-160 15kW', unit: '台', listFen: 1_200_000, floorFen: 1_000_000 }
const CUSTOMER = '上海申达机电有限公司'
// 2 × 12,000.00 = 24,000.00; 30 % prepayment = 7,200.00.
const PREPAYMENT = '7200.00'

let customerId = 0
const contract = { id: 0, no: '' }
const notice = { id: 0, no: '' }

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL
  if (!baseURL) throw new Error('money-production needs the baseURL of its own host (playwright.config.ts)')
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
  await saveScreen(page, 'money-01-payment-record')
  await Promise.all([answerTo(page, 'payments.record'), page.getByTestId('payment-record-submit').click()])
  const doc = new DocumentPage(page)
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(page.getByTestId('payment-allocated')).toHaveText('7,200.00')
  await expect(page.getByTestId('payment-unallocated')).toHaveText('2,800.00')
  await saveScreen(page, 'money-02-payment-recorded')
  // The advance can be allocated later: the modal lists the customer's contracts with what each still lacks.
  await page.getByTestId('payment-allocate').click()
  await expect(page.getByTestId(`alloc-${contract.no}`)).toBeVisible()
  await saveScreen(page, 'money-02b-payment-allocate-modal')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId(`alloc-${contract.no}`)).toBeHidden()
  // The contract learns its money.
  await doc.open(contract.id)
  await expect(page.getByTestId('contract-collected')).toHaveText('7,200.00')
  await expect(page.getByTestId('contract-prepayment')).toContainText('已到齐')
})

test('2 计划员从合同编制生产通知单并提交（预付款已到齐）', async ({ page }) => {
  await signInAs(page, PLANNER)
  const doc = new DocumentPage(page)
  await doc.open(contract.id)
  await page.getByTestId('doc-make-notice').click()
  await expect(page.getByTestId('notice-form-page')).toBeVisible()
  await expect(page.getByTestId('notice-qty-1')).toHaveValue('2')
  await saveScreen(page, 'money-03-notice-form')
  await Promise.all([answerTo(page, 'productionNotices.save'), page.getByTestId('notice-save').click()])
  await expect(doc.state).toHaveAttribute('data-state', 'draft')
  notice.id = await doc.id()
  notice.no = await doc.number()
  expect(notice.no).toMatch(/^SC\d{10}$/)
  await doc.submit()
  await expect(doc.currentStep).toHaveText('分管销售副总签发')
  await saveScreen(page, 'money-04-notice-submitted')
})

test('3 分管销售副总签发；合同显示已排产，台帐显示已回款', async ({ page }) => {
  const layout = await signInAs(page, SALES_VP)
  const doc = new DocumentPage(page)
  await doc.open(notice.id)
  await doc.approveWithComment('同意排产')
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await doc.open(contract.id)
  await expect(doc.state).toHaveAttribute('data-state', 'scheduled')
  await expect(doc.state).toHaveText('已排产')
  await saveScreen(page, 'money-05-contract-scheduled')
  await layout.openLedger()
  const ledger = new LedgerPage(page)
  await ledger.periodMode('全部')
  await expect(await ledger.cellOf(contract.no, '已回款')).toContainText('7,200.00')
  await saveScreen(page, 'money-06-ledger-collected')
})

test('4 生产通知单打印为一页 A4：签发人来自审批记录，再次打印标“补打”', async ({ page }) => {
  await signInAs(page, PLANNER)
  // The print page is the application's pipeline (print/print-page.tsx): its page object reads any type's sheet.
  const print = new ApplicationPrintPage(page)
  await page.goto(`/#/print/productionNotice/${notice.id}`)
  await expect(print.sheet).toBeVisible()
  await expect(page.getByTestId('print-notice-total')).toHaveText('2')
  await expect(print.signatures).toContainText('钱副总')
  await print.print()
  await page.reload()
  await expect(print.reprintMark).toBeVisible()
  await saveScreen(page, 'money-07-notice-print')
  const { text } = await printedOnOneA4((path) => print.saveAsPdf(path), 'notice')
  expect(text).toContain(notice.no)
  expect(text).toContain('补打')
})
