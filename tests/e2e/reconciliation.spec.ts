import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { ApplicationPrintPage } from './pages/application-print-page'
import { DocumentPage } from './pages/document-page'
import { ReconciliationPage } from './pages/reconciliation-page'
import { screenshotsDir } from './support/contract-steps'
import { printedOnOneA4 } from './support/printed-pdf'
import { saveScreen } from './support/screens'
import { FINANCE, MANAGER, setUpPumpContractOffice, signInAs } from './support/pump-contract-office'

/*
 * Issue 14's month-end reconciliation end to end on its own fresh database (the `reconciliation` project):
 * finance starts last month's 月末对帐 from its page (the office's contract is signed this month, so the
 * snapshot holds none: the host runs on today's clock) → finance records one difference (a bank receipt
 * not yet in the books) → the sales manager signs for sales → finance signs for finance and the statement
 * locks (记录差异 gone) → the A4 statement is printed (figures and 大写, both signatures) and looked at.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

let statement = 0
let baseURL = ''

test.beforeAll(async ({ playwright }, testInfo) => {
  baseURL = testInfo.project.use.baseURL ?? ''
  await setUpPumpContractOffice(playwright, baseURL, 100_000_000)
})

test('1 财务开始上月月末对帐，记录一条差异', async ({ page }) => {
  await signInAs(page, FINANCE)
  const dz = new ReconciliationPage(page)
  await dz.open()
  statement = await dz.startNext()
  const doc = new DocumentPage(page)
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(page.getByTestId('reconciliation-signature-sales')).toHaveText('待签认')
  await dz.recordDifference('1000.00', '月末银行回单未到，财务12月入帐', '刘会计')
  await expect(page.getByTestId('reconciliation-difference-1')).toContainText('月末银行回单未到')
  await expect(page.getByTestId('reconciliation-difference-1')).toContainText('1,000.00')
  await saveScreen(page, 'reconciliation-01-difference')
})

test('2 销售经理签认销售方', async ({ page }) => {
  await signInAs(page, MANAGER)
  const doc = new DocumentPage(page)
  await doc.open(statement)
  const dz = new ReconciliationPage(page)
  await expect(page.getByTestId('reconciliation-sign-finance')).toHaveCount(0)
  await dz.signFor('sales')
  await expect(doc.state).toHaveAttribute('data-state', 'salesSigned')
  await expect(page.getByTestId('reconciliation-signature-sales')).toContainText(MANAGER.name)
  await expect(page.getByTestId('reconciliation-sign-sales')).toHaveCount(0)
})

test('3 财务签认财务方：双方签认，对帐单锁定', async ({ page }) => {
  await signInAs(page, FINANCE)
  const doc = new DocumentPage(page)
  await doc.open(statement)
  const dz = new ReconciliationPage(page)
  await dz.signFor('finance')
  await expect(doc.state).toHaveAttribute('data-state', 'locked')
  await expect(dz.locked).toBeVisible()
  await expect(dz.recordButton).toHaveCount(0)
  await expect(page.getByTestId('reconciliation-signature-finance')).toContainText(FINANCE.name)
  await saveScreen(page, 'reconciliation-02-locked')
  await dz.open()
  await expect(page.getByTestId('reconciliations').locator('tbody tr')).toHaveCount(1)
  await saveScreen(page, 'reconciliation-03-list')
})

test('4 对帐单打印为一页 A4：合计大写、差异、双方签认', async ({ page }) => {
  await signInAs(page, FINANCE)
  const doc = new DocumentPage(page)
  await doc.open(statement)
  await doc.openPrintPreview()
  await expect(page.getByTestId('print-sheet')).toHaveAttribute('data-ready', 'true')
  await expect(page.getByTestId('print-reconciliation-collected-capital')).toHaveText('零元整')
  await expect(page.getByTestId('print-signature-sales')).toContainText(MANAGER.name)
  await saveScreen(page, 'reconciliation-04-print-preview')
  const print = new ApplicationPrintPage(page)
  const { pdfPath, text } = await printedOnOneA4((path) => print.saveAsPdf(path), 'reconciliation')
  for (const expected of ['月末对帐单', '银行回单', MANAGER.name, FINANCE.name, '零元整', '销售方', '财务方']) {
    expect(text, `PDF 中应有“${expected}”`).toContain(expected)
  }
  mkdirSync(screenshotsDir(), { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', pdfPath, join(screenshotsDir(), 'reconciliation-05-print-pdf')])
})
