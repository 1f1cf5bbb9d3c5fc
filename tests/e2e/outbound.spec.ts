import { expect, test, type Page } from '@playwright/test'
import type { RoleKey } from '../../shared/roles'
import { DocumentPage } from './pages/document-page'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { answerTo } from './support/api-call'
import { OfficeApi, shanghaiDay } from './support/office-api'
import { saveScreen } from './support/screens'
import { PASSWORD_WORK } from './support/waits'

/*
 * Issue 12, the outbound slip (R10), end to end on its own fresh database (the `outbound` project): setup as
 * the dispatch story by the API, plus an approved dispatch note of two pumps (credit line large enough for
 * the manager alone) → the warehouse opens 出库 on the note (prefilled with what it lacks), posts one pump
 * (部分出库, stock 1) → then the last one (已出库; the contract 已发货).
 *
 * (The setup below is the dispatch story's: end to end on its own fresh database (the `dispatch` project): a signed contract
 * whose pumps are in stock and a customer with a ¥10,000.00 credit line (API setup) → the clerk opens
 * 开发货单 from the contract page (lines prefilled with what is lacking and available, address and contact
 * from the customer), saves and submits → the sales manager approves → the note (¥24,000.00) is over the
 * customer's limit, so the route has the general manager's credit step (R9): the GM reads the figures and
 * approves → the stock page reserves the two pumps.)
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
  if (!baseURL) throw new Error('outbound needs the baseURL of its own host (playwright.config.ts)')
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
    // R2: a credit line of ¥100,000.00, proposed by the clerk and approved by the general manager.
    const credit = await api.call('creditChanges.propose', { customerId, rating: 'B', creditLimitFen: 10_000_000, creditDays: 30, reason: '老客户，回款正常' })
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
    // R8: the clerk's dispatch note of both pumps, approved by the manager (within the credit line).
    await as(CLERK)
    const saved = await api.call('dispatchNotes.save', {
      contractId: contract.id, deliveryAddress: '上海市浦东新区张江路 100 号', contactName: '赵经理', contactPhone: '13800000000', carrier: '德邦物流',
      validUntil: shanghaiDay(7), lines: [{ contractLineNo: 1, quantity: 2 }],
    })
    const noteSent = await api.call('documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' })
    await as(MANAGER)
    await api.call('documents.act', { id: saved.header.id, version: noteSent.header.version, action: 'approve' })
    note.id = saved.header.id
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

test('1 仓管员在待办里看到已批准的发货单，出库一台：表单带出尚可出库 2 台，改为 1，过帐后发货单部分出库', async ({ page }) => {
  await signInAs(page, WAREHOUSE)
  const doc = new DocumentPage(page)
  await doc.open(note.id)
  await page.getByTestId('doc-outbound').click()
  await expect(page.getByTestId('outbound-qty-1')).toHaveValue('2')
  await page.getByTestId('outbound-qty-1').fill('1')
  await saveScreen(page, 'outbound-01-form')
  await Promise.all([answerTo(page, 'outboundSlips.post'), page.getByTestId('outbound-post').click()])
  await expect(doc.type).toHaveText('出库单')
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(page.getByTestId('doc-outbound-total')).toHaveText('1')
  await saveScreen(page, 'outbound-02-slip')
  await doc.open(note.id)
  await expect(doc.state).toHaveAttribute('data-state', 'partlyPosted')
})

test('2 再出库最后一台：发货单已出库，不再显示出库按钮', async ({ page }) => {
  await signInAs(page, WAREHOUSE)
  const doc = new DocumentPage(page)
  await doc.open(note.id)
  await page.getByTestId('doc-outbound').click()
  await expect(page.getByTestId('outbound-qty-1')).toHaveValue('1')
  await Promise.all([answerTo(page, 'outboundSlips.post'), page.getByTestId('outbound-post').click()])
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await doc.open(note.id)
  await expect(doc.state).toHaveAttribute('data-state', 'posted')
  await expect(page.getByTestId('doc-outbound')).toHaveCount(0)
})

test('3 销售内勤看合同：已发货，关联单据中有发货单', async ({ page }) => {
  await signInAs(page, CLERK)
  const doc = new DocumentPage(page)
  await doc.open(contract.id)
  await expect(doc.state).toHaveAttribute('data-state', 'shipped')
  await saveScreen(page, 'outbound-03-contract')
})
