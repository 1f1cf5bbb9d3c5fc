import { expect, test, type Page } from '@playwright/test'
import type { RoleKey } from '../../shared/roles'
import { DocumentPage } from './pages/document-page'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { QueuePage } from './pages/queue-page'
import { pickFromSelect } from './support/antd'
import { answerTo } from './support/api-call'
import { OfficeApi, shanghaiDay } from './support/office-api'
import { saveScreen } from './support/screens'
import { PASSWORD_WORK } from './support/waits'

/*
 * R6 → R7 after signing, on its own fresh database (the `notice-states` project): a signed notice (API
 * setup) is in qc's 待办 (出具合格证) and production's (成品入库) → qc opens it from the 待办 and issues a
 * certificate against it (出具合格证, prefilled) → qc's item is done → production fills the inbound slip
 * against the notice → the warehouse posts it → the notice is 已入库 and production's item is done.
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

let customerId = 0
const contract = { id: 0, no: '' }
const notice = { id: 0, no: '' }
const shared = { inboundId: 0 }

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL
  if (!baseURL) throw new Error('notice-states needs the baseURL of its own host (playwright.config.ts)')
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
    // R14, R6: the prepayment in, the notice compiled and signed (the notice's own story is chain-end's).
    await api.call('payments.record', {
      customerId, receivedOn: shanghaiDay(), amountFen: 720_000, method: { kind: 'transfer', bank: '工商银行张江支行', reference: 'TX-1' },
      allocations: [{ contractId: contract.id, amountFen: 720_000 }],
    })
    await as(PLANNER)
    const saved = await api.call('productionNotices.save', { contractId: contract.id, lines: [{ contractLineNo: 1, quantity: 2, requiredDate: shanghaiDay(20) }] })
    const sent = await api.call('documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' })
    await as(SALES_VP)
    const issued = await api.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    notice.id = issued.header.id
    notice.no = issued.header.docNo
    await api.signOut()
  } finally {
    await api.close()
  }
})



async function signInAs(page: Page, person: Person): Promise<QueuePage> {
  await new LoginPage(page).open()
  await new LoginPage(page).signIn(person.login, person.password)
  const layout = new MainLayout(page)
  await expect(layout.userName).toHaveText(person.name, PASSWORD_WORK)
  await layout.openQueue()
  return new QueuePage(page)
}

test('1 质检员的待办有已签发的通知单（出具合格证）；从待办打开通知单，按通知单出具合格证（产品与数量已带出）', async ({ page }) => {
  const queue = await signInAs(page, QC)
  // The register's 签发合格证 offers the notice (optional); chosen, only its products, with what it lacks.
  await page.getByTestId('nav-qc-certificates').click()
  await page.getByTestId('cert-issue-open').click()
  await pickFromSelect(page, page.getByTestId('cert-notice'), notice.no, notice.no)
  await expect(page.getByTestId('cert-product')).toContainText(PUMP.code)
  await expect(page.getByTestId('cert-quantity')).toHaveValue('2')
  await saveScreen(page, 'notice-states-00-register-issue-for-notice')
  await page.keyboard.press('Escape')
  await new MainLayout(page).openQueue()
  const row = queue.row(notice.no)
  await expect(row).toContainText('出具合格证')
  await saveScreen(page, 'notice-states-01-qc-todo')
  await queue.openDocument(notice.no)
  const doc = new DocumentPage(page)
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(page.getByTestId('notice-certificates')).toContainText('尚缺 2 台')
  await page.getByTestId('notice-certify').click()
  await expect(page.getByTestId('cert-notice-fixed')).toContainText(notice.no)
  await expect(page.getByTestId('cert-product')).toContainText(PUMP.code)
  await expect(page.getByTestId('cert-quantity')).toHaveValue('2')
  await page.getByTestId('cert-batch').fill('L2612-07')
  await saveScreen(page, 'notice-states-02-certify-modal')
  await Promise.all([answerTo(page, 'qcCertificates.issue'), page.getByTestId('cert-issue-submit').click()])
  await expect(page.getByTestId('notice-certificates')).toContainText('已覆盖')
  await saveScreen(page, 'notice-states-03-notice-certified')
  await new MainLayout(page).openQueue()
  // Loaded and empty: qc's only item is done (a count of 0 before the list loads would prove nothing).
  await expect(queue.empty).toBeVisible()
  await expect(queue.row(notice.no)).toHaveCount(0)
})

test('2 生产科的待办有该通知单（成品入库）；按此通知单入库并提交', async ({ page }) => {
  const queue = await signInAs(page, PRODUCTION)
  await expect(queue.row(notice.no)).toContainText('成品入库')
  await queue.openDocument(notice.no)
  await page.getByTestId('notice-inbound').click()
  await expect(page.getByTestId('inbound-quantity-0')).toHaveValue('2')
  await Promise.all([answerTo(page, 'inbound.create'), page.getByTestId('inbound-save').click()])
  const doc = new DocumentPage(page)
  await expect(doc.type).toHaveText('成品入库单')
  shared.inboundId = await doc.id()
  await doc.submit()
  await expect(doc.state).toHaveText('待入库')
})

test('3 仓管员入库后通知单为已入库，生产科的待办项完成', async ({ page }) => {
  await signInAs(page, WAREHOUSE)
  const doc = new DocumentPage(page)
  await doc.open(shared.inboundId)
  await doc.approveWithComment('数量相符，已入库')
  await expect(doc.state).toHaveText('已入库')
  await doc.open(notice.id)
  await expect(doc.state).toHaveAttribute('data-state', 'stocked')
  await expect(doc.state).toHaveText('已入库')
  await saveScreen(page, 'notice-states-04-notice-stocked')
  await page.context().clearCookies()
  const queue = await signInAs(page, PRODUCTION)
  // Closed by the posting (the warehouse's signature): production's 待办 is loaded and empty.
  await expect(queue.empty).toBeVisible()
  await expect(queue.row(notice.no)).toHaveCount(0)
})
