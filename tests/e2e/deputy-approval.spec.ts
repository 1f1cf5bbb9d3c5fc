import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import type { RoleKey } from '../../shared/roles'
import { DocumentPage } from './pages/document-page'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { QueuePage } from './pages/queue-page'
import { openSelectOptions } from './support/antd'
import { OfficeApi, shanghaiDay } from './support/office-api'
import { PASSWORD_WORK } from './support/waits'

/*
 * 代理审批 (issue 10) on its own fresh database (the `deputy-approval` project): the general manager, off
 * on a business trip, names a deputy for the coming days in 代理设置; the deputy signs in, finds the
 * general manager's documents in their own 待办, signs one 代 the general manager, and the trail names
 * both. Only the office and two applications waiting for the general manager are set up through the API.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

interface Person { name: string; login: string; role: RoleKey; password: string }
const CLERK: Person = { name: '王小丽', login: 'wangxl', role: 'sales_clerk', password: 'Wangxl2025mine' }
const MANAGER: Person = { name: '李建国', login: 'lijg', role: 'sales_manager', password: 'Lijg2025mine' }
const GM: Person = { name: '张伟', login: 'zhangw', role: 'general_manager', password: 'Zhangw2025mine' }
// The 财务副总 signs no step of the application chain: the general manager's deputy while he is away.
const DEPUTY: Person = { name: '钱志远', login: 'qianzy', role: 'finance_vp', password: 'Qianzy2025mine' }
const PUMP = { code: 'IS100-80', name: '单级离心泵', spec: 'IS100-80-160 15kW', unit: '台', listFen: 1_200_000, floorFen: 1_000_000 }
const TRIP = { from: shanghaiDay(), to: shanghaiDay(3) }

const waiting: Array<{ id: number; no: string }> = []

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL
  if (!baseURL) throw new Error('deputy-approval needs the baseURL of its own host (playwright.config.ts)')
  const api = await OfficeApi.open(playwright, baseURL)
  const as = async <T>(person: Person, work: () => Promise<T>): Promise<T> => {
    await api.signIn(person.login, person.password)
    try {
      return await work()
    } finally {
      await api.signOut()
    }
  }
  try {
    await api.call('system.setup', { companyName: '江南精工机械有限公司', adminName: '周建华', adminLogin: 'admin', adminPassword: 'Admin2025ok' })
    const ids = new Map<string, number>()
    for (const p of [CLERK, MANAGER, GM, DEPUTY]) ids.set(p.login, (await api.call('users.create', { name: p.name, login: p.login, password: `Init${p.password}`, roles: [p.role] })).id)
    await api.call('users.setManager', { userId: ids.get(CLERK.login)!, managerUserId: ids.get(MANAGER.login)! })
    const pump = await api.call('products.save', { code: PUMP.code, name: PUMP.name, spec: PUMP.spec, unit: PUMP.unit })
    await api.signOut()
    for (const p of [CLERK, MANAGER, GM, DEPUTY]) {
      await api.signIn(p.login, `Init${p.password}`)
      await api.call('auth.changePassword', { oldPassword: `Init${p.password}`, newPassword: p.password })
      await api.signOut()
    }
    await as(GM, () => api.call('priceLists.issue', {
      effectiveFrom: shanghaiDay(),
      items: [{ productId: pump.id, listPriceFen: PUMP.listFen, floorPriceFen: PUMP.floorFen }],
      authorities: [{ role: 'sales_manager', maxBelowFloorBps: 500 }, { role: 'general_manager', maxBelowFloorBps: null }],
    }))
    // Two applications past the manager, waiting for the general manager's 签批.
    for (const quantity of [1, 2]) {
      const submitted = await as(CLERK, async () => {
        const customerId = (await api.call('customers.list', { pageSize: 1 })).rows[0]?.id ?? (await api.call('customers.save', {
          name: '上海申达机电有限公司', creditCode: '91310000132149237G', address: '上海市浦东新区张江路 100 号', bankName: '工商银行张江支行',
          bankAccount: '1001 2345 6789 0123', taxAddressPhone: '上海市浦东新区张江路 100 号 021-58880000', contacts: [{ name: '赵经理', phone: '13800000000', title: '采购' }],
        })).id
        const draft = await api.call('applications.save', {
          customerId, deliveryDate: shanghaiDay(30), prepaymentBps: 10_000, instalments: [], installationNeeded: false,
          lines: [{ productId: pump.id, quantity, unitPriceFen: PUMP.listFen }],
        })
        return api.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
      })
      await as(MANAGER, () => api.call('documents.act', { id: submitted.header.id, version: submitted.header.version, action: 'approve' }))
      waiting.push({ id: submitted.header.id, no: submitted.header.docNo })
    }
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

async function saveViewport(page: Page, name: string): Promise<void> {
  const dir = join(test.info().project.outputDir, 'screenshots')
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled', style: '.ant-message { display: none !important; }' })
}

test('1 总经理出差前在“代理设置”中指定代理人与期间', async ({ page }) => {
  const layout = await signInAs(page, GM)
  await new QueuePage(page).expectCount('todo', 2)
  await page.getByTestId('header-deputy').click()
  // The modal's root (its test id) is a zero-size wrapper; the dialog is what a person sees.
  const modal = page.getByRole('dialog', { name: '代理设置' })
  await expect(modal).toBeVisible()
  await expect(page.getByTestId('deputy-table')).toContainText('还没有代理设置')
  await page.getByTestId('deputy-user').click()
  await openSelectOptions(page).filter({ hasText: DEPUTY.name }).click()
  // The range picker: the first day, then the last, clicked in its calendar (two months side by side).
  const from = modal.getByPlaceholder('开始日期')
  const to = modal.getByPlaceholder('结束日期')
  await from.click()
  const calendar = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')
  await calendar.locator(`td[title="${TRIP.from}"]`).first().click()
  await calendar.locator(`td[title="${TRIP.to}"]`).first().click()
  await expect(from).toHaveValue(TRIP.from)
  await expect(to).toHaveValue(TRIP.to)
  await page.getByTestId('deputy-submit').click()
  const row = page.getByTestId('deputy-table').locator('tbody tr').filter({ hasText: DEPUTY.name })
  await expect(row).toContainText(GM.name)
  await expect(row).toContainText(`${TRIP.from} 至 ${TRIP.to}`)
  await expect(row).toContainText('生效中')
  await saveViewport(page, 'deputy-01-gm-names-deputy')
  await modal.getByRole('button', { name: '关闭' }).last().click()
  await layout.signOut()
})

test('2 代理人的待办里有总经理的单据；代总经理签批后，审批记录写明“钱志远 代 张伟”', async ({ page }) => {
  await signInAs(page, DEPUTY)
  const queue = new QueuePage(page)
  await queue.expectCount('todo', 2)
  for (const doc of waiting) await expect(queue.row(doc.no)).toContainText('总经理签批')
  await saveViewport(page, 'deputy-02-deputy-todo')

  await queue.openDocument(waiting[0]!.no)
  const doc = new DocumentPage(page)
  await expect(doc.docNo).toHaveText(waiting[0]!.no)
  await doc.approveWithComment('总经理出差，代为签批')
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  const signed = doc.trailEntry('approve').last()
  await expect(signed.getByTestId('doc-trail-signer')).toHaveText(`${DEPUTY.name} 代 ${GM.name}`)
  await expect(signed).toContainText('总经理出差，代为签批')
  await saveViewport(page, 'deputy-03-signed-on-behalf')
  await new MainLayout(page).openQueue()
  await queue.expectCount('todo', 1)
})

test('3 总经理回来后看到：已代签的那张离开了待办，审批记录同样写明两人', async ({ page }) => {
  await signInAs(page, GM)
  const queue = new QueuePage(page)
  await queue.expectCount('todo', 1)
  await expect(queue.row(waiting[1]!.no)).toBeVisible()
  const doc = new DocumentPage(page)
  await doc.open(waiting[0]!.id)
  await expect(doc.trailEntry('approve').last().getByTestId('doc-trail-signer')).toHaveText(`${DEPUTY.name} 代 ${GM.name}`)
})
