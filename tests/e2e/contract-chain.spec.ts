import { expect, test } from '@playwright/test'
import { ApplicationFormPage } from './pages/application-form-page'
import { DocumentPage } from './pages/document-page'
import { QueuePage } from './pages/queue-page'
import { SealRegisterPage } from './pages/seal-register-page'
import {
  CLERK, CUSTOMER, DELIVERY, FINANCE, GM, HEAD, INSTALMENT_DUE, MAIN, MANAGER, MILL_BELOW_FLOOR_BPS, setUpContractOffice, TODAY,
} from './support/contract-office'
import { expectTodoCount, signInAs } from './support/contract-steps'
import { saveScreen } from './support/screens'

/*
 * The contract chain of issue 3 (WORKFLOW.md R1–R5, R20, R23), clicked through by five separate people on
 * their own fresh database (the `contract-chain` project of playwright.config.ts): clerk drafts below list
 * price → manager signs → general manager approves → sales head makes the contract → finance countersigns
 * → seal use logged; then the clerk closes the contracted application (R19). What the signed contract
 * produces (ledger, .xlsx, customers, the prints) is contract-papers.spec.ts; the rejection round trip,
 * the withdrawal and 关闭清理 are contract-rework.spec.ts. Only the office it starts from is set up
 * through the API (support/contract-office.ts); every step of the story is done in the UI by the person
 * whose step it is.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

// Shared along the serial story.
let customerId = 0
const main = { id: 0, no: '', contractId: 0, contractNo: '' }

test.beforeAll(async ({ playwright }, testInfo) => {
  customerId = (await setUpContractOffice(playwright, testInfo.project.use.baseURL, 'contract-chain')).customerId
})

test('1 销售内勤新建申报单：低于牌价（底价与牌价之间，及低于底价但在销售经理权限内），合计与大写，30% 预付加一期余款，保存并提交', async ({ page }) => {
  const layout = await signInAs(page, CLERK)
  await layout.openNewApplication()
  const form = new ApplicationFormPage(page)
  await expect(form.title).toHaveText('新建合同申报单')
  await form.chooseCustomer('苏州恒通', customerId)
  await form.setDeliveryDate(DELIVERY)

  // Picking the product brings the list price (R1: the default); the clerk then lowers it.
  await form.addLineButton.waitFor()
  await form.fillLine(0, MAIN.lines[0]!)
  await expect(form.lineField(0, 'amount')).toHaveText('24,301.00')
  await expect(form.belowFloorTag(0)).toHaveCount(0) // below list, above floor
  await form.fillLine(1, MAIN.lines[1]!)
  await expect(form.lineField(1, 'amount')).toHaveText('31,000.00')
  await expect(form.belowFloorTag(1)).toHaveAttribute('data-bps', String(MILL_BELOW_FLOOR_BPS))
  await expect(form.belowFloorTag(1)).toContainText('低于底价')

  // R23: the running total in figures and in 大写.
  await expect(form.total).toHaveAttribute('data-fen', String(MAIN.totalFen))
  await expect(form.total).toHaveText(MAIN.totalText)
  await expect(form.totalCapital).toHaveText(`大写：${MAIN.capital}`)

  await form.setPrepaymentPercent('30')
  await expect(form.prepaymentAmount).toHaveAttribute('data-fen', String(MAIN.prepaymentFen))
  await expect(form.prepaymentAmount).toHaveText('¥16,590.30')
  await expect(form.termsCheck).not.toHaveAttribute('data-difference', '0')
  await form.addInstalment({ label: '发货款', dueDate: INSTALMENT_DUE, amount: MAIN.rest })
  await expect(form.termsCheck).toHaveAttribute('data-difference', '0')
  await saveScreen(page, 'contract-01-clerk-application-form')

  await form.saveDraft()
  const doc = new DocumentPage(page)
  await expect(doc.type).toHaveText('合同申报单')
  await expect(doc.state).toHaveAttribute('data-state', 'draft')
  await expect(doc.docNo).toHaveText(new RegExp(`^SQ${TODAY.slice(0, 4)}${TODAY.slice(5, 7)}\\d{4}$`)) // R22
  await expect(doc.customer).toHaveText(CUSTOMER.name)
  await expect(doc.amount).toHaveAttribute('data-fen', String(MAIN.totalFen))
  await expect(doc.amountCapital).toHaveText(`大写：${MAIN.capital}`)
  await expect(doc.page.getByTestId('doc-delivery')).toHaveText(DELIVERY)
  await expect(doc.page.getByTestId('doc-line-2').getByTestId('below-floor')).toHaveAttribute('data-bps', String(MILL_BELOW_FLOOR_BPS))
  main.id = await doc.id()
  main.no = await doc.number()

  await doc.submit()
  await expect(doc.state).toHaveText('审批中')
  await expect(doc.step('manager_sign')).toHaveAttribute('data-status', 'current')
  await expect(doc.step('gm_approve')).toHaveAttribute('data-status', 'waiting')
  await expect(doc.currentStep).toHaveText('销售经理审签')
  // Nothing left for the drafter to do but 撤回 (R3: before the first signature).
  await expect(doc.action('withdraw')).toBeVisible()
  await expect(doc.action('approve')).toHaveCount(0)
  await saveScreen(page, 'contract-02-clerk-application-submitted')
  await layout.signOut()
})

test('2 销售经理在待办（1）中打开申报单，填写意见后同意（审签）', async ({ page }) => {
  const layout = await signInAs(page, MANAGER)
  const queue = new QueuePage(page)
  await expectTodoCount(page, 1)
  await expect(queue.row(main.no)).toContainText(CUSTOMER.name)
  await expect(queue.row(main.no)).toContainText('55,301.00')
  await expect(queue.row(main.no)).toContainText('销售经理审签')
  await expect(queue.row(main.no)).toContainText(CLERK.name)
  await saveScreen(page, 'contract-03-manager-todo')

  await queue.openDocument(main.no)
  const doc = new DocumentPage(page)
  await expect(doc.docNo).toHaveText(main.no)
  await expect(doc.action('approve')).toBeVisible()
  await expect(doc.action('reject')).toBeVisible()
  await doc.approveWithComment('价格在权限内，同意')
  await expect(doc.step('manager_sign')).toHaveAttribute('data-status', 'done')
  await expect(doc.stepBox('manager_sign')).toContainText(MANAGER.name)
  await expect(doc.stepBox('manager_sign')).toContainText('价格在权限内，同意')
  await expect(doc.step('gm_approve')).toHaveAttribute('data-status', 'current')
  // Signed: no second signature by the same hand (R20); 批注 stays open to anyone who may read it.
  await expect(doc.action('approve')).toHaveCount(0)
  await expect(doc.action('reject')).toHaveCount(0)
  await saveScreen(page, 'contract-04-manager-signed')

  await layout.openQueue()
  await expectTodoCount(page, 0)
  // 已办 says what I decided and where the application is now: on the general manager's desk.
  await queue.openTab('done')
  await expect(queue.decision(main.no)).toHaveAttribute('data-decision', 'approve')
  await expect(queue.decision(main.no)).toHaveText('同意')
  await expect(queue.row(main.no)).toContainText('销售经理审签')
  await expect(queue.whereNow(main.no)).toHaveText('审批中 总经理签批 · 总经理')
  await saveScreen(page, 'contract-04b-manager-done')
  await layout.signOut()
})

test('3 总经理在待办中打开申报单并签批同意', async ({ page }) => {
  const layout = await signInAs(page, GM)
  const queue = new QueuePage(page)
  await expectTodoCount(page, 1)
  await expect(queue.row(main.no)).toContainText('总经理签批')
  await queue.openDocument(main.no)
  const doc = new DocumentPage(page)
  await doc.approveWithComment('同意签订')
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(doc.state).toHaveText('已批准')
  await expect(doc.step('gm_approve')).toHaveAttribute('data-status', 'done')
  await expect(doc.stepBox('gm_approve')).toContainText(GM.name)
  await saveScreen(page, 'contract-05-gm-approved')
  await layout.signOut()
})

test('4 销售部主管打开已批准的申报单，签订合同（客户合同号、签订日期）并提交会签', async ({ page }) => {
  const layout = await signInAs(page, HEAD)
  // R4: the approved application waits in the sales head's 待办 as 签订合同, and opens from there.
  await expectTodoCount(page, 1)
  const queue = new QueuePage(page)
  await expect(queue.row(main.no)).toContainText('签订合同')
  await queue.openDocument(main.no)
  const doc = new DocumentPage(page)
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(doc.signContractButton).toBeVisible()
  await doc.signContractButton.click()
  await expect(doc.signDialog).toBeVisible()
  await doc.signCustomerNo.fill(MAIN.customerContractNo)
  await saveScreen(page, 'contract-06-head-sign-contract-modal')
  await doc.cancelSigning()

  await doc.signContract(MAIN.customerContractNo, TODAY)
  // R4: the contract carries the application's customer, lines and amounts.
  await expect(doc.state).toHaveAttribute('data-state', 'draft')
  await expect(doc.docNo).toHaveText(new RegExp(`^HT${TODAY.slice(0, 4)}${TODAY.slice(5, 7)}\\d{4}$`))
  await expect(doc.customer).toHaveText(CUSTOMER.name)
  await expect(doc.amount).toHaveAttribute('data-fen', String(MAIN.totalFen))
  await expect(doc.amountCapital).toHaveText(`大写：${MAIN.capital}`)
  await expect(doc.customerContractNo).toHaveText(MAIN.customerContractNo)
  await expect(doc.applicationLink).toHaveText(main.no)
  // R24: the contract's family (关联单据) names the application it was made from.
  await expect(doc.familyMember(main.no)).toHaveAttribute('data-direction', 'source')
  await expect(doc.familyMember(main.no)).toContainText('依据')
  await expect(doc.familyMember(main.no)).toContainText('合同申报单')
  await expect(doc.page.getByTestId('doc-lines-total')).toHaveText(MAIN.totalText)
  main.contractId = await doc.id()
  main.contractNo = await doc.number()
  // No legal review: the terms are standard, so the step is skipped (R4).
  await expect(doc.step('legal_review')).toHaveAttribute('data-status', 'skipped')

  await doc.submit()
  await expect(doc.step('finance_countersign')).toHaveAttribute('data-status', 'current')
  await expect(doc.sealButton).toHaveCount(0) // not before the countersignature
  await saveScreen(page, 'contract-07-head-contract-submitted')
  await layout.signOut()
})

test('5 财务在待办中打开合同并会签同意', async ({ page }) => {
  const layout = await signInAs(page, FINANCE)
  const queue = new QueuePage(page)
  await expectTodoCount(page, 1)
  await expect(queue.row(main.contractNo)).toContainText('财务会签')
  await expect(queue.row(main.contractNo)).toContainText('55,301.00')
  await queue.openDocument(main.contractNo)
  const doc = new DocumentPage(page)
  await expect(doc.type).toHaveText('销售合同')
  await doc.approveWithComment('付款条件已核，会签同意')
  await expect(doc.state).toHaveAttribute('data-state', 'approved')
  await expect(doc.state).toHaveText('已签订')
  await expect(doc.stepBox('finance_countersign')).toContainText(FINANCE.name)
  await saveScreen(page, 'contract-08-finance-countersigned')
  await layout.signOut()
})

test('6 销售部主管使用合同章 2 份：合同页和用章登记都记下', async ({ page }) => {
  const layout = await signInAs(page, HEAD)
  // The sales head started the contract: it is under 我发起的.
  const queue = new QueuePage(page)
  await queue.openTab('started')
  await expect(queue.row(main.contractNo)).toContainText('已签订')
  await queue.openDocument(main.contractNo)
  const doc = new DocumentPage(page)
  await expect(doc.seals).toContainText('尚未使用合同章')
  await doc.useContractSeal(2)
  const sealRow = doc.seals.locator('tbody tr').filter({ hasText: HEAD.name })
  await expect(sealRow).toHaveCount(1)
  await expect(sealRow).toContainText('合同签订')
  await expect(sealRow.locator('td').nth(2)).toHaveText('2')
  await saveScreen(page, 'contract-09-head-contract-sealed')

  await layout.openSealRegister()
  const register = new SealRegisterPage(page)
  await expect(register.heading).toBeVisible()
  const rows = register.rowsOf(main.contractNo)
  await expect(rows).toHaveCount(1)
  await expect(await register.cellOf(rows, '客户')).toHaveText(CUSTOMER.name)
  await expect(await register.cellOf(rows, '用印人')).toHaveText(HEAD.name)
  await expect(await register.cellOf(rows, '份数')).toHaveText('2')
  await expect(await register.cellOf(rows, '用途')).toHaveText('合同签订')
  await saveScreen(page, 'contract-10-seal-register')
  await layout.signOut()
})

test('13 内勤关闭已转合同的申报单（R19）：关闭后只能查看，不再有任何操作', async ({ page }) => {
  const layout = await signInAs(page, CLERK)
  const doc = new DocumentPage(page)
  await doc.open(main.id)
  // The contract made from it moved it on (a business state of its lifecycle): 已转合同, finished, closable.
  await expect(doc.state).toHaveAttribute('data-state', 'contracted')
  await expect(doc.state).toHaveText('已转合同')
  await expect(doc.closedNotice).toHaveCount(0)
  await doc.close()
  await expect(doc.state).toHaveAttribute('data-state', 'contracted')
  await expect(doc.actions.getByRole('button')).toHaveCount(0)
  await expect(doc.editButton).toHaveCount(0)
  await expect(doc.trailEntry('close')).toHaveCount(1)
  // Its family still reads, and the contract's page names it closed.
  await expect(doc.familyMember(main.contractNo)).toBeVisible()
  await saveScreen(page, 'contract-19a-clerk-application-closed')
  await doc.familyMember(main.contractNo).getByRole('link').click()
  await expect(doc.type).toHaveText('销售合同')
  await expect(page.getByTestId(`doc-family-state-${main.no}`)).toHaveText('已关闭')
  // 我发起的 says so too, where the clerk keeps track of what she started.
  await layout.openQueue()
  const queue = new QueuePage(page)
  await queue.openTab('started')
  await expect(queue.row(main.no)).toContainText('已关闭')
  await saveScreen(page, 'contract-19b-clerk-started-closed')
  await layout.signOut()
})
