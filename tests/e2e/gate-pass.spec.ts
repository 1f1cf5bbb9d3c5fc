import { expect, test } from '@playwright/test'
import { DocumentPage } from './pages/document-page'
import { answerTo } from './support/api-call'
import { shanghaiDay } from './support/office-api'
import { saveScreen } from './support/screens'
import { CLERK, GUARD, MANAGER, WAREHOUSE, setUpPumpContractOffice, signInAs } from './support/pump-contract-office'

/*
 * Issue 12, the gate pass (出门证), end to end on its own fresh database (the `gate-pass` project): the
 * dispatch story's office by the API (support/pump-contract-office.ts), a guard, an approved note of two
 * pumps and a posted outbound slip of one → the guard sees the slip waiting in 待办, opens it by typing its
 * number into the scan box with Enter (as the scanner does), reads goods without prices, and registers
 * the pass in the dialog (已放行); the slip leaves the guard's 待办; the warehouse can no longer void the slip.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 })

const slip = { id: 0, no: '' }
const passNo = { value: '' }

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
    const posted = await api.call('outboundSlips.post', { dispatchNoteId: saved.header.id, postedOn: shanghaiDay(), lines: [{ noteLineNo: 1, quantity: 1 }] })
    Object.assign(slip, { id: posted.header.id, no: posted.header.docNo })
  })
})

test('1 门卫待办里有待放行的出库单；扫码框输入单号回车打开出库单，只见货物不见价格，登记出门证后已放行', async ({ page }) => {
  await signInAs(page, GUARD)
  const row = page.getByTestId(`queue-row-${slip.no}`)
  await expect(row).toContainText('登记出门证')
  await saveScreen(page, 'gate-pass-01-guard-todo')

  // The scanner: F2, the number (lower case, Caps Lock off), Enter.
  await page.keyboard.press('F2')
  await expect(page.getByTestId('scan-box')).toBeFocused()
  await page.keyboard.type(slip.no.toLowerCase())
  await page.keyboard.press('Enter')
  const doc = new DocumentPage(page)
  await expect(doc.docNo).toHaveText(slip.no)
  await expect(doc.type).toHaveText('出库单')
  await expect(page.getByTestId('doc-outbound-lines')).toContainText('单级离心泵')
  await expect(page.getByTestId('doc-outbound-lines')).not.toContainText('单价')
  await expect(page.getByTestId('doc-body-outbound')).toContainText('德邦物流')

  await page.getByTestId('doc-gate-pass').click()
  await page.getByTestId('gate-pass-plate-input').fill('沪A·D1234')
  await page.getByTestId('gate-pass-driver').fill('王师傅')
  await page.getByTestId('gate-pass-phone').fill('13900000000')
  await saveScreen(page, 'gate-pass-02-dialog')
  await Promise.all([answerTo(page, 'gatePasses.register'), page.getByTestId('gate-pass-submit').click()])
  await expect(doc.type).toHaveText('出门证')
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(doc.docNo).toHaveText(/^MC\d{10}$/)
  passNo.value = (await doc.docNo.textContent()) ?? ''
  await expect(page.getByTestId('gate-pass-plate')).toHaveText('沪A·D1234')
  await expect(page.getByTestId(`doc-family-${slip.no}`)).toBeVisible()
  await saveScreen(page, 'gate-pass-03-pass')

  // The slip no longer waits at the gate.
  await page.getByTestId('nav-queue').click()
  await expect(page.getByTestId(`queue-row-${slip.no}`)).toHaveCount(0)
})

test('2 仓管员打开出库单：关联单据中有出门证，作废被拒（R24）', async ({ page }) => {
  await signInAs(page, WAREHOUSE)
  const doc = new DocumentPage(page)
  await doc.open(slip.id)
  await expect(doc.familyMember(passNo.value)).toHaveAttribute('data-direction', 'dependant')
  await doc.action('void').click()
  await Promise.all([answerTo(page, 'documents.act'), page.getByTestId('doc-void-confirm').click()])
  await expect(page.getByText(/已有后续单据（MC\d{10}）/)).toBeVisible()
  await saveScreen(page, 'gate-pass-04-slip-void-refused')
  await page.keyboard.press('Escape')
  await doc.open(slip.id)
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
})
