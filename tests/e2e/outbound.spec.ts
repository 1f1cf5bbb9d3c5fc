import { expect, test } from '@playwright/test'
import { DocumentPage } from './pages/document-page'
import { answerTo } from './support/api-call'
import { shanghaiDay } from './support/office-api'
import { saveScreen } from './support/screens'
import { CLERK, MANAGER, WAREHOUSE, setUpPumpContractOffice, signInAs } from './support/pump-contract-office'

/*
 * Issue 12, the outbound slip (R10), end to end on its own fresh database (the `outbound` project): setup as
 * the dispatch story by the API, plus an approved dispatch note of two pumps (credit line large enough for
 * the manager alone) → the warehouse opens 出库 on the note (prefilled with what it lacks), posts one pump
 * (部分出库, stock 1) → then the last one (已出库; the contract 已发货).
 *
 * The office is the dispatch story's (support/pump-contract-office.ts).
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const contract = { id: 0, no: '' }
const note = { id: 0 }

test.beforeAll(async ({ playwright }, testInfo) => {
  // A credit line of ¥100,000.00: the note of ¥24,000.00 needs the manager alone.
  Object.assign(contract, await setUpPumpContractOffice(playwright, testInfo.project.use.baseURL, 10_000_000, async ({ api, as, contract: signed }) => {
    // R8: the clerk's dispatch note of both pumps, approved by the manager (within the credit line).
    await as(CLERK)
    const saved = await api.call('dispatchNotes.save', {
      contractId: signed.id, deliveryAddress: '上海市浦东新区张江路 100 号', contactName: '赵经理', contactPhone: '13800000000', carrier: '德邦物流',
      validUntil: shanghaiDay(7), lines: [{ contractLineNo: 1, quantity: 2 }],
    })
    const noteSent = await api.call('documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' })
    await as(MANAGER)
    await api.call('documents.act', { id: saved.header.id, version: noteSent.header.version, action: 'approve' })
    note.id = saved.header.id
  }))
})

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
