import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import { ApplicationPrintPage } from './pages/application-print-page'
import { DocumentPage } from './pages/document-page'
import { pickFromSelect } from './support/antd'
import { answerTo } from './support/api-call'
import { screenshotsDir } from './support/contract-steps'
import { shanghaiDay } from './support/office-api'
import { printedOnOneA4 } from './support/printed-pdf'
import { saveScreen } from './support/screens'
import { CLERK, FINANCE, GM, setUpPumpContractOffice, signInAs, type Person } from './support/pump-contract-office'

/*
 * Issue 14's 提成单 end to end on its own fresh database (the `commission` project): a signed contract of
 * two pumps whose salesperson is the clerk 王小丽; finance allocated ¥12,345.67 to it last month; the GM's
 * commission policy (3 %) is in force. The clerk makes last month's 提成单 on the form (计算 → the contract's
 * line → remark → 保存 → 提交), finance → finance VP → GM approve (R16, R20), finance records the payout
 * (over the approved amount refused, then in full: 已发放), and the A4 print is looked at.
 *
 * Setup note: the host runs on the real clock and the API never writes a past day (allocations carry the
 * moment they are made; policy versions are never backdated), so "last month" is set up by moving the
 * allocation's stamp and the policy's effective day back in the story's own SQLite file before the UI starts.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const FINANCE_VP: Person = { name: '吴副总', login: 'wufz', role: 'finance_vp', password: 'Wufz2025mine' }
const COLLECTED_FEN = 1_234_567 // × 3 % = 37 037.01 → 37 037 fen: ¥370.37
const doc = { id: 0, no: '' }
const contract = { id: 0, no: '' }

/** Last month (Shanghai): 'YYYY-MM', its 15th and its first day. */
function lastMonth(): { month: string; mid: string; first: string } {
  const [y, m] = shanghaiDay().split('-').map(Number) as [number, number]
  const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
  return { month, mid: `${month}-15`, first: `${month}-01` }
}

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL ?? ''
  Object.assign(
    contract,
    await setUpPumpContractOffice(playwright, baseURL, 100_000_000, async ({ api, as, contract: c }) => {
      await as(FINANCE)
      const customerId = (await api.call('customers.list', {})).rows[0]!.id
      await api.call('payments.record', {
        customerId, receivedOn: shanghaiDay(), amountFen: COLLECTED_FEN, method: { kind: 'transfer', bank: '工商银行张江支行', reference: 'TX-TC-1' },
        allocations: [{ contractId: c.id, amountFen: COLLECTED_FEN }],
      })
      await as(GM)
      await api.call('commissionPolicies.issue', {
        effectiveFrom: shanghaiDay(), rateBps: 300, overdueRates: { d1_30: 100, d31_60: 200, d61_90: 300, d91_180: 500, over180: 800 }, note: '销售提成办法',
      })
      await api.signOut()
      await api.signIn('admin', 'Admin2025ok')
      await api.call('users.create', { name: FINANCE_VP.name, login: FINANCE_VP.login, password: `Init${FINANCE_VP.password}`, roles: ['finance_vp'] })
      await api.signOut()
      await api.signIn(FINANCE_VP.login, `Init${FINANCE_VP.password}`)
      await api.call('auth.changePassword', { oldPassword: `Init${FINANCE_VP.password}`, newPassword: FINANCE_VP.password })
    }),
  )
  const db = new Database(join(process.env.BACKOFFICE_E2E_DATA_DIR!, 'commission', 'backoffice.sqlite'))
  try {
    const { mid, first } = lastMonth()
    db.prepare(`UPDATE payment_allocations SET created_at = ?`).run(`${mid}T02:00:00.000Z`)
    db.prepare(`UPDATE commission_policies SET effective_from = ?`).run(first)
  } finally {
    db.close()
  }
})

test('1 销售内勤新建上月提成单：选择业务员与月份，计算出合同明细，填写备注后保存并提交', async ({ page }) => {
  await signInAs(page, CLERK)
  await page.getByTestId('nav-new-commission').click()
  await expect(page.getByTestId('commission-form-page')).toBeVisible()
  await pickFromSelect(page, page.getByTestId('commission-person'), CLERK.name, CLERK.name)
  await Promise.all([answerTo(page, 'commissions.compute'), page.getByTestId('commission-compute').click()])
  const lines = page.getByTestId('commission-lines')
  await expect(lines.locator('tbody tr.ant-table-row')).toHaveCount(1)
  await expect(lines).toContainText(contract.no)
  await expect(lines).toContainText('12,345.67')
  await expect(page.getByTestId('commission-total')).toHaveText('370.37')
  await expect(page.getByTestId('commission-payable')).toHaveText('370.37')
  await page.getByTestId('commission-remark').fill(`${lastMonth().month} 回款提成`)
  await saveScreen(page, 'commission-01-form')
  await Promise.all([answerTo(page, 'commissions.save'), page.getByTestId('commission-save').click()])
  const d = new DocumentPage(page)
  await expect(d.type).toHaveText('提成单')
  doc.id = await d.id()
  doc.no = await d.number()
  expect(doc.no).toMatch(/^TC\d{10}$/)
  await d.submit()
  await expect(d.currentStep).toHaveText('财务审核')
})

for (const [n, who, next] of [['2', FINANCE, '财务副总审核'], ['3', FINANCE_VP, '总经理审批'], ['4', GM, null]] as const) {
  test(`${n} ${who.name}审批提成单`, async ({ page }) => {
    await signInAs(page, who)
    const d = new DocumentPage(page)
    await d.open(doc.id)
    await expect(page.getByTestId('commission-payable')).toHaveText('370.37')
    await d.approveWithComment('同意')
    if (next) await expect(d.currentStep).toHaveText(next)
    else await expect(d.state).toHaveText('待发放')
  })
}

test('5 财务登记发放：超过批准金额被拒，全额发放后为已发放', async ({ page }) => {
  await signInAs(page, FINANCE)
  const d = new DocumentPage(page)
  await d.open(doc.id)
  await page.getByTestId('commission-pay').click()
  await page.getByTestId('commission-pay-amount').fill('370.38')
  await Promise.all([answerTo(page, 'commissions.recordPaid'), page.getByTestId('commission-pay-submit').click()])
  await expect(page.getByTestId('commission-pay-form')).toContainText('尚可发放 ¥370.37，本次 ¥370.38')
  await page.getByTestId('commission-pay-amount').fill('370.37')
  await Promise.all([answerTo(page, 'commissions.recordPaid'), page.getByTestId('commission-pay-submit').click()])
  await expect(d.state).toHaveAttribute('data-state', 'paid')
  await expect(page.getByTestId('commission-paid')).toHaveText('370.37')
  await saveScreen(page, 'commission-02-paid')
})

test('6 提成单打印为一页 A4：合同明细、金额大写、四个签字', async ({ page }) => {
  await signInAs(page, FINANCE)
  const d = new DocumentPage(page)
  await d.open(doc.id)
  await d.openPrintPreview()
  const print = new ApplicationPrintPage(page)
  await expect(page.getByTestId('print-commission-capital')).toHaveText('叁佰柒拾元零叁角柒分')
  await saveScreen(page, 'commission-03-print-preview')
  const { pdfPath, text } = await printedOnOneA4((path) => print.saveAsPdf(path), 'commission')
  for (const expected of ['提成单', doc.no, contract.no, '12,345.67', '叁佰柒拾元零叁角柒分', CLERK.name, FINANCE.name, FINANCE_VP.name, GM.name]) {
    expect(text, `PDF 中应有“${expected}”`).toContain(expected)
  }
  mkdirSync(screenshotsDir(), { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdfPath, join(screenshotsDir(), 'commission-04-print-pdf')])
})
