import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { AgingPage, CustomerPage } from './pages/aging-page'
import { answerTo } from './support/api-call'
import { shanghaiDay } from './support/office-api'
import { saveScreen } from './support/screens'
import { CLERK, CUSTOMER, FINANCE, GUARD, MANAGER, WAREHOUSE, setUpPumpContractOffice, signInAs } from './support/pump-contract-office'

/*
 * Issue 14, R18 应收账款, end to end on its own fresh database (the `aging` project): the pump contract's two
 * pumps shipped and their receivable booked by the API → finance opens 应收账款 from the menu, sees the
 * buckets (the receivable is not due yet: 未到期) and the two charts, exports the aging as .xlsx, and opens
 * the customer's page from its row (credit used, aging, history, the receivable); the same page opens from
 * the customer drawer's 客户页. The gate sees no 应收账款 at all.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const slip = { id: 0, no: '' }

test.beforeAll(async ({ playwright }, testInfo) => {
  await setUpPumpContractOffice(playwright, testInfo.project.use.baseURL, 10_000_000, async ({ api, as, contract }) => {
    await as(CLERK)
    const saved = await api.call('dispatchNotes.save', {
      contractId: contract.id, deliveryAddress: '上海市浦东新区张江路 100 号', contactName: '赵经理', contactPhone: '13800000000', carrier: '德邦物流',
      validUntil: shanghaiDay(7), lines: [{ contractLineNo: 1, quantity: 2 }],
    })
    const sent = await api.call('documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' })
    await as(MANAGER)
    await api.call('documents.act', { id: saved.header.id, version: sent.header.version, action: 'approve' })
    await as(WAREHOUSE)
    const posted = await api.call('outboundSlips.post', { dispatchNoteId: saved.header.id, postedOn: shanghaiDay(), lines: [{ noteLineNo: 1, quantity: 2 }] })
    Object.assign(slip, { id: posted.header.id, no: posted.header.docNo })
    await as(FINANCE)
    await api.call('signBacks.recordCopy', { slipId: posted.header.id, signedBy: '赵经理', signedOn: shanghaiDay(), returnedOn: shanghaiDay() })
    await api.call('signBacks.bookReceivable', { slipId: posted.header.id })
  })
})

test('1 财务打开应收账款：账龄各段、图表、按客户合计', async ({ page }) => {
  const layout = await signInAs(page, FINANCE)
  await Promise.all([answerTo(page, 'receivables.aging'), layout.side.getByTestId('nav-receivables').click()])
  const aging = new AgingPage(page)
  await expect(aging.title).toHaveText('应收账款')
  await expect(aging.totals).toContainText('¥24,000.00')
  // Due after the contract's instalment (45 days): not due yet, every overdue bucket empty.
  const titles = (await aging.customerTable.locator('thead th').allInnerTexts()).map((t) => t.trim())
  expect(titles.slice(0, 9)).toEqual(['客户', '笔数', '未到期', '1–30 天', '31–60 天', '61–90 天', '91–180 天', '180 天以上', '应收余额'])
  const row = aging.customerTable.locator('tbody tr', { has: page.getByRole('link', { name: CUSTOMER }) })
  await expect(row.locator('td').nth(2)).toHaveText('24,000.00')
  await expect(row.locator('td').nth(3)).toHaveText('')
  // Six buckets on the axis; one bar drawn (an empty bucket has no bar).
  await expect(aging.agingChart.locator('.recharts-xAxis .recharts-cartesian-axis-tick')).toHaveCount(6)
  await expect(aging.agingChart.locator('.recharts-bar-rectangle path')).toHaveCount(1)
  await expect(aging.collectionsChart.locator('svg.recharts-surface').first()).toBeVisible()
  await expect(aging.collectionsChart).toContainText('发货')
  await saveScreen(page, 'aging-01-page')
  await page.getByRole('tab', { name: /按业务员/ }).click()
  await expect(page.getByTestId('aging-salesperson-table')).toContainText(CLERK.name)
})

test('2 导出 Excel：应收账龄 .xlsx', async ({ page }) => {
  const layout = await signInAs(page, FINANCE)
  await layout.side.getByTestId('nav-receivables').click()
  const aging = new AgingPage(page)
  await expect(aging.totals).toContainText('¥24,000.00')
  const [download] = await Promise.all([page.waitForEvent('download'), aging.exportButton.click()])
  expect(download.suggestedFilename()).toMatch(/^应收账龄-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const bytes = readFileSync(await download.path())
  // A zip (the .xlsx container): PK\x03\x04.
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
})

test('3 从账龄表打开客户页：信用占用、账龄、回款记录、未收应收；客户档案抽屉也能打开', async ({ page }) => {
  const layout = await signInAs(page, FINANCE)
  await layout.side.getByTestId('nav-receivables').click()
  const aging = new AgingPage(page)
  await Promise.all([answerTo(page, 'customers.page'), aging.customerLink(CUSTOMER).click()])
  const customer = new CustomerPage(page)
  await expect(customer.title).toHaveText(CUSTOMER)
  await expect(customer.credit).toContainText('¥100,000.00')
  await expect(customer.credit).toContainText('¥24,000.00')
  await expect(customer.receivables).toContainText(slip.no)
  await expect(customer.receivables).toContainText('未到期')
  await expect(customer.historyChart.locator('svg.recharts-surface').first()).toBeVisible()
  await expect(page.getByTestId('aging-chart').locator('svg.recharts-surface').first()).toBeVisible()
  await saveScreen(page, 'aging-02-customer-page')
  // From 客户档案: the drawer's 客户页.
  await layout.side.getByTestId('nav-customers').click()
  await page.getByTestId('customer-open-91310000132149237G').click()
  await Promise.all([answerTo(page, 'customers.page'), page.getByTestId('customer-drawer-page').click()])
  await expect(customer.title).toHaveText(CUSTOMER)
})

test('4 门卫没有应收账款', async ({ page }) => {
  const layout = await signInAs(page, GUARD)
  await expect(layout.sideMenu).toBeVisible()
  await expect(layout.side.getByTestId('nav-receivables')).toHaveCount(0)
})
