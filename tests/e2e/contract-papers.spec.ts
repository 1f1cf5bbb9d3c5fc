import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test } from '@playwright/test'
import { ApplicationPrintPage } from './pages/application-print-page'
import { DocumentPage } from './pages/document-page'
import { LedgerPage } from './pages/ledger-page'
import { QueuePage } from './pages/queue-page'
import {
  CLERK, COMPANY, COMPANY_DATA, CUSTOMER, FINANCE, GM, HEAD, LATHE, MAIN, MANAGER, MILL, setUpContractOffice, signedMainContract, TODAY,
} from './support/contract-office'
import { screenshotsDir, signInAs } from './support/contract-steps'
import { printedOnOneA4 } from './support/printed-pdf'
import { saveScreen } from './support/screens'

/*
 * What a signed contract produces, on its own fresh database (the `contract-papers` project): the ledger
 * and its .xlsx, the customer's file and the policy in force, and the two A4 prints — the application's
 * and the contract's — with our company data (address, tax number, bank) and the 补打 of a second print.
 * The main application and its contract are signed through the API exactly as contract-chain.spec.ts
 * signs them in the UI (support/contract-office.ts); the story here is what people read off them.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

let main = { id: 0, no: '', contractId: 0, contractNo: '' }

test.beforeAll(async ({ playwright }, testInfo) => {
  const office = await setUpContractOffice(playwright, testInfo.project.use.baseURL, 'contract-papers')
  main = await signedMainContract(playwright, testInfo.project.use.baseURL!, office)
})

/** Our address, tax number and bank, on the printed sheet and in the PDF's text. */
async function expectCompanyData(print: ApplicationPrintPage, text: string): Promise<void> {
  await expect(print.page.getByTestId('print-company-address')).toHaveText(COMPANY_DATA.address)
  await expect(print.page.getByTestId('print-company-tax-number')).toHaveText(COMPANY_DATA.taxNumber)
  await expect(print.page.getByTestId('print-company-bank')).toHaveText(COMPANY_DATA.bankName)
  await expect(print.page.getByTestId('print-company-account')).toHaveText(COMPANY_DATA.bankAccount)
  for (const expected of [COMPANY_DATA.address, COMPANY_DATA.taxNumber, COMPANY_DATA.bankName, COMPANY_DATA.bankAccount]) {
    expect(text, `PDF 中应有“${expected}”`).toContain(expected.replace(/\s+/g, ''))
  }
}

test('7 合同台帐列出该合同（金额与零），导出的 Excel 数字正确', async ({ page }) => {
  const layout = await signInAs(page, FINANCE)
  await layout.openLedger()
  const ledger = new LedgerPage(page)
  await expect(ledger.heading).toBeVisible()
  const row = ledger.row(main.contractNo)
  await expect(row).toBeVisible()
  await expect(row).toContainText(MAIN.customerContractNo)
  await expect(await ledger.cellOf(main.contractNo, '客户')).toHaveText(CUSTOMER.name)
  await expect(await ledger.cellOf(main.contractNo, '业务员')).toHaveText(CLERK.name)
  await expect(await ledger.cellOf(main.contractNo, '签订日期')).toHaveText(TODAY)
  await expect(await ledger.cellOf(main.contractNo, '合同金额')).toHaveText('55,301.00')
  for (const column of ['已发货', '已回款', '已开票']) await expect(await ledger.cellOf(main.contractNo, column)).toHaveText('0.00')
  await expect(await ledger.cellOf(main.contractNo, '未回款')).toHaveText('55,301.00')
  await expect(await ledger.cellOf(main.contractNo, '应收余额')).toHaveText('0.00')
  await expect(await ledger.cellOf(main.contractNo, '状态')).toHaveText('已签订')
  await expect(ledger.summary).toContainText('合计（1 份合同）')
  await expect(ledger.total('amountFen')).toHaveText('55,301.00')
  await expect(ledger.total('collectedFen')).toHaveText('0.00')
  await expect(ledger.total('outstandingFen')).toHaveText('55,301.00')
  await expect(ledger.total('receivableFen')).toHaveText('0.00')
  // Issue 10: the page opens on 按月 with no month picked, which is this month (the contract was signed today).
  await expect(ledger.periodPicker.locator('xpath=descendant-or-self::input')).toHaveAttribute('placeholder', '本月')
  // The customer's name is whole at 1366 px: not clipped, not cut to an ellipsis.
  await expect(ledger.customerName(main.contractNo)).toHaveText(CUSTOMER.name)
  expect(await ledger.customerName(main.contractNo).evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1)).toBe(true)
  await saveScreen(page, 'contract-11-ledger')

  const download = await ledger.exportExcel()
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  const file = join(test.info().project.outputDir, 'contract-ledger.xlsx')
  await download.saveAs(file)

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheet = workbook.getWorksheet('合同台帐')
  expect(sheet, '工作表“合同台帐”').toBeDefined()
  const header = (sheet!.getRow(2).values as unknown[]).slice(1)
  expect(header).toEqual(['合同号', '客户合同号', '客户', '业务员', '签订日期', '合同金额', '已发货', '已回款', '已开票', '未回款', '应收余额', '状态'])
  const column = (title: string) => header.indexOf(title) + 1

  let contractRow: ExcelJS.Row | undefined
  let totalsRow: ExcelJS.Row | undefined
  sheet!.eachRow((r) => {
    if (r.getCell(1).value === main.contractNo) contractRow = r
    if (r.getCell(1).value === '合计') totalsRow = r
  })
  expect(contractRow, `合同 ${main.contractNo} 的行`).toBeDefined()
  expect(contractRow!.getCell(column('客户合同号')).value).toBe(MAIN.customerContractNo)
  expect(contractRow!.getCell(column('客户')).value).toBe(CUSTOMER.name)
  expect(contractRow!.getCell(column('业务员')).value).toBe(CLERK.name)
  // Money in 元 as numbers finance can sum, not text.
  expect(contractRow!.getCell(column('合同金额')).value).toBe(55301)
  for (const title of ['已发货', '已回款', '已开票']) expect(contractRow!.getCell(column(title)).value, title).toBe(0)
  expect(contractRow!.getCell(column('未回款')).value).toBe(55301)
  expect(contractRow!.getCell(column('应收余额')).value).toBe(0)
  expect(contractRow!.getCell(column('合同金额')).numFmt).toBe('#,##0.00')
  expect(contractRow!.getCell(column('状态')).value).toBe('已签订')

  expect(totalsRow, '合计行').toBeDefined()
  expect(totalsRow!.number).toBe(contractRow!.number + 1)
  expect(totalsRow!.getCell(2).value).toBe('共 1 份合同')
  const totalCell = totalsRow!.getCell(column('合同金额'))
  expect(totalCell.formula).toBe(`SUM(F${contractRow!.number}:F${contractRow!.number})`)
  expect(totalCell.result).toBe(55301)
  expect(totalsRow!.getCell(column('已回款')).result).toBe(0)
  expect(totalsRow!.getCell(column('未回款')).result).toBe(55301)

  // 全部: every month; the contract is still there, and no month to pick.
  await ledger.periodMode('全部')
  await expect(ledger.periodPicker).toHaveCount(0)
  await expect(ledger.summary).toContainText('合计（1 份合同）')
  await expect(row).toBeVisible()
  await layout.signOut()
})

test('7b 客户档案：业务员列，抽屉列出客户的合同及状态；销售政策打开即是现行价目表', async ({ page }) => {
  const layout = await signInAs(page, FINANCE)
  await layout.side.getByTestId('nav-customers').click()
  const open = page.getByTestId(`customer-open-${CUSTOMER.creditCode}`)
  await expect(open).toHaveText(CUSTOMER.name)
  // 业务员: the salesperson of the customer's latest contract (the clerk who drafted the application).
  const titles = (await page.locator('thead th').allInnerTexts()).map((t) => t.trim())
  const customerRow = page.locator('tr', { has: open })
  await expect(customerRow.locator('td').nth(titles.indexOf('业务员'))).toHaveText(CLERK.name)
  await saveScreen(page, 'contract-11b-customers')
  await open.click()
  const contract = page.getByTestId(`customer-contract-row-${main.contractNo}`)
  await expect(contract).toContainText('55,301.00')
  await expect(contract).toContainText(TODAY)
  await expect(contract).toContainText('已签订')
  await expect(contract).toContainText(CLERK.name)
  await saveScreen(page, 'contract-11c-customer-drawer')
  await page.keyboard.press('Escape')

  // 销售政策 opens on the price list in force, with prices, not on a product list without them.
  await layout.side.getByTestId('nav-policy').click()
  await expect(page.getByTestId('price-list-title')).toContainText('现行价目表')
  await expect(page.getByTestId(`price-item-${LATHE.code}`)).toContainText('12,800.00')
  await expect(page.getByTestId(`price-item-${LATHE.code}`)).toContainText('11,500.00')
  await saveScreen(page, 'contract-11d-policy')
  await layout.signOut()
})

test('8 申报单打印预览：A4 一页 PDF，含公司名、合同申报单、单号、大写金额和签字人；打印后再打印为“补打”', async ({ page }) => {
  const layout = await signInAs(page, CLERK)
  // The clerk finds her application under 我发起的 and opens its print preview from the document page.
  const queue = new QueuePage(page)
  await queue.openTab('started')
  await queue.openDocument(main.no)
  const doc = new DocumentPage(page)
  await expect(doc.contractLink).toContainText(main.contractNo)
  // R24: and the application's family, the contract made from it.
  await expect(doc.familyMember(main.contractNo)).toHaveAttribute('data-direction', 'dependant')
  await expect(doc.familyMember(main.contractNo)).toContainText('由此生成')
  await expect(doc.familyMember(main.contractNo)).toContainText('已签订')
  await saveScreen(page, 'contract-12a-clerk-application-family')
  await doc.openPrintPreview()
  const print = new ApplicationPrintPage(page)
  await expect(print.company).toHaveText(COMPANY)
  await expect(print.docNo).toHaveText(main.no)
  await expect(print.totalCapital).toContainText(MAIN.capital)
  await expect(print.signature('drafter')).toContainText(CLERK.name)
  await expect(print.signature('manager_sign')).toContainText(MANAGER.name)
  await expect(print.signature('gm_approve')).toContainText(GM.name)
  await saveScreen(page, 'contract-12-print-preview')

  const { pdfPath, text } = await printedOnOneA4((path) => print.saveAsPdf(path), 'contract-application')
  await expectCompanyData(print, text)
  for (const expected of [COMPANY, '合同申报单', main.no, MAIN.capital, '55,301.00', CUSTOMER.name, CLERK.name, MANAGER.name, GM.name, '第1页共1页']) {
    expect(text, `PDF 中应有“${expected}”`).toContain(expected)
  }
  // For people to look at: the page as an image, at 100 % (96 dpi).
  mkdirSync(screenshotsDir(), { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '96', '-singlefile', pdfPath, join(screenshotsDir(), 'contract-13-print-pdf')])

  // WORKFLOW.md "Printed forms": 打印 logs the print before the dialog opens. The first is the original …
  await expect(print.reprintMark).toHaveCount(0)
  await print.print()
  await expect(print.reprintMark).toHaveCount(0)
  // … every later one says 补打, on the paper too, whoever prints it.
  await page.reload()
  await expect(print.reprintMark).toHaveText('补打')
  const reprintPath = join(test.info().project.outputDir, 'contract-application-reprint.pdf')
  await print.saveAsPdf(reprintPath)
  const reprintText = execFileSync('pdftotext', ['-layout', reprintPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  expect(reprintText).toContain('补打')
  expect(reprintText).toContain('第2次打印')
  execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', reprintPath, join(screenshotsDir(), 'contract-14-reprint-pdf')])

  await print.backButton.click()
  await expect(doc.root).toBeVisible()
  await layout.signOut()
})

test('8a 销售合同打印预览：A4 一页 PDF，含合同编号、客户合同号、明细、大写金额、用印记录和会签人；再打印为“补打”', async ({ page }) => {
  const layout = await signInAs(page, HEAD)
  // The sales head holds the contract: 我发起的 → the contract → 打印预览, as the application prints.
  const queue = new QueuePage(page)
  await queue.openTab('started')
  await queue.openDocument(main.contractNo)
  const doc = new DocumentPage(page)
  await doc.openPrintPreview()
  const print = new ApplicationPrintPage(page)
  await expect(print.company).toHaveText(COMPANY)
  await expect(print.docNo).toHaveText(main.contractNo)
  await expect(page.getByTestId('print-customer-contract-no')).toHaveText(MAIN.customerContractNo)
  await expect(print.totalCapital).toContainText(MAIN.capital)
  await expect(page.getByTestId('print-seals')).toContainText(HEAD.name)
  await expect(page.getByTestId('print-seals')).toContainText('合同签订')
  await expect(print.signature('drafter')).toContainText(HEAD.name)
  await expect(print.signatures).toContainText(FINANCE.name)
  // R4: legal review was skipped (standard terms), so no box invites a legal signature.
  await expect(print.signatures).not.toContainText('法务审核')
  await saveScreen(page, 'contract-14a-contract-print-preview')

  const { pdfPath, text } = await printedOnOneA4((path) => print.saveAsPdf(path), 'contract-contract')
  await expectCompanyData(print, text)
  for (const expected of [COMPANY, '销售合同', main.contractNo, MAIN.customerContractNo, main.no, LATHE.code, MILL.code, MAIN.capital, '55,301.00', CUSTOMER.name, '用印记录', '合同签订', HEAD.name, FINANCE.name, '第1页共1页']) {
    expect(text, `PDF 中应有“${expected}”`).toContain(expected)
  }
  // The contract states the agreed prices, not the office's price policy (R1 stays inside the office).
  expect(text).not.toContain('牌价')
  expect(text).not.toContain('低于底价')
  mkdirSync(screenshotsDir(), { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '96', '-singlefile', pdfPath, join(screenshotsDir(), 'contract-14b-contract-pdf')])

  // WORKFLOW.md "Printed forms": the contract's prints are logged like the application's.
  await expect(print.reprintMark).toHaveCount(0)
  await print.print()
  await page.reload()
  await expect(print.reprintMark).toHaveText('补打')
  const reprintPath = join(test.info().project.outputDir, 'contract-contract-reprint.pdf')
  await print.saveAsPdf(reprintPath)
  const reprintText = execFileSync('pdftotext', ['-layout', reprintPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  expect(reprintText).toContain('补打')
  expect(reprintText).toContain('第2次打印')

  await print.backButton.click()
  await expect(doc.root).toBeVisible()
  await layout.signOut()
})
