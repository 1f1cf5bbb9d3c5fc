import { expect, test } from '@playwright/test'
import { DocumentPage } from './pages/document-page'
import { answerTo } from './support/api-call'
import { shanghaiDay } from './support/office-api'
import { saveScreen } from './support/screens'
import { CLERK, FINANCE, MANAGER, WAREHOUSE, setUpPumpContractOffice, signInAs } from './support/pump-contract-office'

/*
 * Issue 12, R11 客户签收 and 入帐, end to end on its own fresh database (the `signed-copy` project): the
 * dispatch story's office by the API (support/pump-contract-office.ts), a dispatch note of both pumps
 * approved by the manager and posted by the warehouse → finance finds the slip on 签收联跟踪, records the
 * customer's signed copy in the dialog on the slip's page, then books the receivable (入帐); the contract's
 * page lists the slip with its copy and receivable.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const contract = { id: 0, no: '' }
const slip = { id: 0, no: '' }

test.beforeAll(async ({ playwright }, testInfo) => {
  Object.assign(contract, await setUpPumpContractOffice(playwright, testInfo.project.use.baseURL, 10_000_000, async ({ api, as, contract: signed }) => {
    await as(CLERK)
    const saved = await api.call('dispatchNotes.save', {
      contractId: signed.id, deliveryAddress: '上海市浦东新区张江路 100 号', contactName: '赵经理', contactPhone: '13800000000', carrier: '德邦物流',
      validUntil: shanghaiDay(7), lines: [{ contractLineNo: 1, quantity: 2 }],
    })
    const sent = await api.call('documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' })
    await as(MANAGER)
    await api.call('documents.act', { id: saved.header.id, version: sent.header.version, action: 'approve' })
    await as(WAREHOUSE)
    const posted = await api.call('outboundSlips.post', { dispatchNoteId: saved.header.id, postedOn: shanghaiDay(), lines: [{ noteLineNo: 1, quantity: 2 }] })
    Object.assign(slip, { id: posted.header.id, no: posted.header.docNo })
  }))
})

test('1 财务在签收联跟踪里找到未交回的出库单，在出库单上登记客户签收', async ({ page }) => {
  await signInAs(page, FINANCE)
  await page.getByTestId('nav-paper-tracking').click()
  await expect(page.getByTestId(`paper-${slip.no}`)).toBeVisible()
  await saveScreen(page, 'signed-copy-01-paper-tracking')
  await page.getByTestId(`paper-${slip.no}`).click()
  const doc = new DocumentPage(page)
  await expect(doc.type).toHaveText('出库单')
  await expect(page.getByTestId('sign-back-missing')).toBeVisible()
  // No receivable before the copy: only 登记签收 is offered.
  await expect(page.getByTestId('doc-book-receivable')).toHaveCount(0)
  await page.getByTestId('doc-record-copy').click()
  await page.getByTestId('signed-copy-by').fill('赵经理')
  await page.getByTestId('signed-copy-discrepancy').fill('外包装轻微破损，数量无误')
  await saveScreen(page, 'signed-copy-02-dialog')
  await Promise.all([answerTo(page, 'signBacks.recordCopy'), page.getByTestId('signed-copy-submit').click()])
  await expect(page.getByTestId('sign-back-signed-by')).toHaveText('赵经理')
  await expect(page.getByTestId('sign-back-not-booked')).toBeVisible()
  await expect(page.getByTestId('doc-record-copy')).toHaveCount(0)
})

test('2 财务入帐：金额为出库金额，到期日由信用天数与合同分期决定', async ({ page }) => {
  await signInAs(page, FINANCE)
  const doc = new DocumentPage(page)
  await doc.open(slip.id)
  await page.getByTestId('doc-book-receivable').click()
  await expect(page.getByTestId('book-receivable-form')).toContainText('24,000.00')
  await Promise.all([answerTo(page, 'signBacks.bookReceivable'), page.getByTestId('book-receivable-submit').click()])
  await expect(page.getByTestId('sign-back-booked')).toBeVisible()
  // Credit days 30 from today; the contract's instalment (45 days) is later.
  await expect(page.getByTestId('sign-back-due')).toContainText(shanghaiDay(45))
  await expect(page.getByTestId('sign-back-unpaid')).toHaveText('24,000.00')
  await expect(page.getByTestId('doc-book-receivable')).toHaveCount(0)
  await saveScreen(page, 'signed-copy-03-booked')
  // Back on the paper list: it came back.
  await page.getByTestId('nav-paper-tracking').click()
  await expect(page.getByTestId('paper-tracking')).toContainText('没有未交回的签收联')
})

test('3 合同页面列出出库单及其签收、入帐', async ({ page }) => {
  await signInAs(page, CLERK)
  const doc = new DocumentPage(page)
  await doc.open(contract.id)
  const section = page.getByTestId('doc-contract-sign-backs')
  await expect(section).toContainText(slip.no)
  await expect(section).toContainText('赵经理')
  await expect(section).toContainText(shanghaiDay(45))
  await saveScreen(page, 'signed-copy-04-contract')
})
