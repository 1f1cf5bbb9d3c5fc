import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test } from '@playwright/test'
import { ApplicationFormPage } from './pages/application-form-page'
import { ClosingPage } from './pages/closing-page'
import { DocumentPage } from './pages/document-page'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { QueuePage } from './pages/queue-page'
import { dateInput, fillDate } from './support/antd'
import { answerTo } from './support/api-call'
import { ADMIN, CLERK, LATHE, MANAGER, MILL, setUpContractOffice, signedMainContract, TODAY } from './support/contract-office'
import { draftSimpleApplication, expectTodoCount, newDesk, previousMonth, signInAs } from './support/contract-steps'
import { saveScreen } from './support/screens'

/*
 * When a contract application does not go straight through, on its own fresh database (the
 * `contract-rework` project): the rejection round trip (R3: 驳回 needs a reason; the drafter revises and
 * resubmits), a withdrawal before the first signature, and the administrator's 关闭清理 (R19). The office
 * and its main contract are set up through the API (support/contract-office.ts); every step is done in the UI.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

let customerId = 0
// The main application, signed and contracted through the API as contract-chain does it in the UI: the
// manager's 已办 shows it beside the rejection (同意, 已转合同).
let main = { id: 0, no: '', contractId: 0, contractNo: '' }
const rejected = { id: 0, no: '' }
const withdrawn = { id: 0, no: '' }

test.beforeAll(async ({ playwright }, testInfo) => {
  const office = await setUpContractOffice(playwright, testInfo.project.use.baseURL, 'contract-rework')
  customerId = office.customerId
  main = await signedMainContract(playwright, testInfo.project.use.baseURL!, office)
})

// Rejection round trip (R3): 驳回 needs a reason; the drafter revises and resubmits.

test('9 驳回往返：内勤提交，经理驳回时空理由被拦下，填写理由后驳回', async ({ page }) => {
  let layout = await signInAs(page, CLERK)
  const doc = await draftSimpleApplication(page, layout, customerId, LATHE.code, 2)
  rejected.id = await doc.id()
  rejected.no = await doc.number()
  await doc.submit()
  await layout.signOut()

  layout = await signInAs(page, MANAGER)
  const queue = new QueuePage(page)
  await expectTodoCount(page, 1)
  await queue.openDocument(rejected.no)
  await doc.openReject()
  await doc.actSubmit.click()
  await expect(doc.actFieldError).toHaveText('请填写驳回理由')
  await expect(doc.actDialog).toBeVisible() // nothing was sent
  await expect(doc.state).toHaveAttribute('data-state', 'pending')
  await doc.actComment.fill('   ')
  await doc.actSubmit.click()
  await expect(doc.actFieldError).toHaveText('请填写驳回理由')
  await saveScreen(page, 'contract-14-manager-reject-empty-reason')

  await doc.rejectWithReason('客户要 3 台，数量请改为 3 后重新提交')
  await expect(doc.state).toHaveText('已驳回')
  await expect(doc.trailEntry('reject')).toContainText('客户要 3 台')
  await layout.openQueue()
  await expectTodoCount(page, 0)
  // A rejection reads 驳回 (in red), never like the approval above it; the application is back with the clerk.
  await queue.openTab('done')
  await expect(queue.decision(rejected.no)).toHaveAttribute('data-decision', 'reject')
  await expect(queue.decision(rejected.no)).toHaveText('驳回')
  await expect(queue.decision(rejected.no)).toHaveCSS('color', 'rgb(207, 19, 34)')
  await expect(queue.whereNow(rejected.no)).toHaveText(`已驳回 修改后重新提交 · ${CLERK.name}`)
  await expect(queue.decision(main.no)).toHaveText('同意')
  await expect(queue.whereNow(main.no)).toHaveText(`已转合同 销售合同 ${main.contractNo}`)
  await saveScreen(page, 'contract-14b-manager-done-rejected')

  // 导出 writes the same view: the rejection reads 驳回 there too, with where the application is now.
  const download = await queue.exportExcel()
  expect(download.suggestedFilename()).toMatch(/^已办-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const file = join(test.info().project.outputDir, 'manager-done.xlsx')
  await download.saveAs(file)
  const sheet = (await new ExcelJS.Workbook().xlsx.readFile(file)).getWorksheet('已办')!
  const header = (sheet.getRow(2).values as unknown[]).slice(1)
  expect(header).toEqual(['单号', '单据类型', '客户', '金额（元）', '我办理的步骤', '办理结果', '当前位置', '发起人', '办理时间'])
  const cells = (docNo: string) => {
    let found: unknown[] = []
    sheet.eachRow((r) => {
      if (r.getCell(1).value === docNo) found = (r.values as unknown[]).slice(1)
    })
    return found
  }
  expect(cells(rejected.no).slice(4, 7)).toEqual(['销售经理审签', '驳回', `已驳回 · 修改后重新提交 · ${CLERK.name}`])
  expect(cells(main.no).slice(4, 7)).toEqual(['销售经理审签', '同意', `已转合同 · 销售合同 ${main.contractNo}`])
  await layout.signOut()
})

test('10 驳回往返：内勤在待办中看到被驳回的申报单，修改数量后重新提交', async ({ page }) => {
  const layout = await signInAs(page, CLERK)
  const queue = new QueuePage(page)
  await expectTodoCount(page, 1)
  await expect(queue.row(rejected.no)).toContainText('修改后重新提交')
  await saveScreen(page, 'contract-15-clerk-todo-rejected')
  await queue.openTab('started')
  await expect(queue.row(rejected.no)).toContainText('已驳回')
  // 我发起的 says whose desk each is on, and that the approved application has its contract.
  await expect(queue.whereNow(rejected.no)).toHaveText(`修改后重新提交 · ${CLERK.name}`)
  await expect(queue.whereNow(main.no)).toHaveText(`销售合同 ${main.contractNo}`)
  await saveScreen(page, 'contract-15a-clerk-started')
  await queue.openTab('todo')

  await queue.openDocument(rejected.no)
  const doc = new DocumentPage(page)
  await expect(doc.state).toHaveText('已驳回')
  // The reason heads the page, so the drafter need not look for it; it also stays in the trail.
  await expect(page.getByTestId('doc-rejection')).toContainText('已驳回：客户要 3 台，数量请改为 3 后重新提交')
  await expect(page.getByTestId('doc-rejection')).toContainText(MANAGER.name)
  await saveScreen(page, 'contract-15b-clerk-rejected-document')
  const rejection = doc.trailEntry('reject')
  await expect(rejection).toContainText(MANAGER.name)
  await expect(rejection).toContainText('客户要 3 台')
  await doc.edit()
  const form = new ApplicationFormPage(page)
  await expect(form.title).toHaveText(`修改合同申报单 ${rejected.no}`)
  await expect(form.rejectReason).toContainText(`${MANAGER.name} 驳回了这张申报单`)
  await expect(form.rejectReason).toContainText('客户要 3 台，数量请改为 3 后重新提交')
  await form.setQuantity(0, 3)
  await expect(form.total).toHaveAttribute('data-fen', String(LATHE.listFen * 3))
  await expect(form.totalCapital).toHaveText('大写：叁万捌仟肆佰元整')
  await expect(form.termsCheck).toHaveAttribute('data-difference', '0')
  await saveScreen(page, 'contract-16-clerk-edit-rejected')
  await form.saveDraft()
  await expect(doc.state).toHaveAttribute('data-state', 'rejected')
  await expect(doc.amount).toHaveAttribute('data-fen', String(LATHE.listFen * 3))
  await doc.submit()
  await expect(doc.step('manager_sign')).toHaveAttribute('data-status', 'current')

  await layout.openQueue()
  await expectTodoCount(page, 0)
  await layout.signOut()
})

test('11 驳回往返：经理同意重新提交的申报单', async ({ page }) => {
  const layout = await signInAs(page, MANAGER)
  const queue = new QueuePage(page)
  await expectTodoCount(page, 1)
  await expect(queue.row(rejected.no)).toContainText('38,400.00')
  await queue.openDocument(rejected.no)
  const doc = new DocumentPage(page)
  await doc.approveWithComment('已改为 3 台，同意')
  await expect(doc.step('manager_sign')).toHaveAttribute('data-status', 'done')
  await expect(doc.step('gm_approve')).toHaveAttribute('data-status', 'current')
  const actions: Array<string | null> = []
  for (const entry of await doc.trailEntries.all()) actions.push(await entry.getAttribute('data-action'))
  expect(actions).toEqual(['create', 'submit', 'reject', 'edit', 'submit', 'approve']) // R21: every step, in order
  await saveScreen(page, 'contract-17-manager-approved-resubmitted')
  await layout.signOut()
})

// Withdrawal (R3): the drafter takes it back before anyone has signed; it leaves the manager's 待办.

test('12 撤回：内勤提交后在首签前撤回，经理的待办中不再有它', async ({ page, browser }) => {
  const clerkLayout = await signInAs(page, CLERK)
  const doc = await draftSimpleApplication(page, clerkLayout, customerId, MILL.code, 1)
  withdrawn.id = await doc.id()
  withdrawn.no = await doc.number()
  await doc.submit()

  // The manager, at another desk, has it in 待办.
  const managerPage = await newDesk(browser)
  try {
    const managerLayout = await signInAs(managerPage, MANAGER)
    const managerQueue = new QueuePage(managerPage)
    await expectTodoCount(managerPage, 1)
    await expect(managerQueue.row(withdrawn.no)).toBeVisible()

    await doc.withdraw()
    await expect(doc.state).toHaveText('已撤回')
    await expect(doc.editButton).toBeVisible()
    await saveScreen(page, 'contract-18-clerk-withdrawn')

    await managerPage.reload()
    await expectTodoCount(managerPage, 0)
    await expect(managerQueue.row(withdrawn.no)).toHaveCount(0)
    await expect(managerQueue.emptyText).toHaveText('暂无待办，所有单据都处理完了')
    await saveScreen(managerPage, 'contract-19-manager-todo-after-withdrawal')
    await managerLayout.signOut()
  } finally {
    await managerPage.context().close()
  }
  await clerkLayout.signOut()
})

test('14 关闭清理：管理员只能选择已经结束的月份；上月尚未月末对帐锁定，关闭被拒（R17 后 R19）', async ({ page }) => {
  const login = new LoginPage(page)
  await login.open()
  await login.signIn(ADMIN.login, ADMIN.password)
  const layout = new MainLayout(page)
  await expect(layout.userName).toHaveText(ADMIN.name)
  await layout.openClosing()
  const closing = new ClosingPage(page)
  await expect(closing.heading).toBeVisible()
  // R19: which states each type is closed in, read from the types' lifecycles.
  await expect(closing.closableStates).toContainText('合同申报单')
  const thisMonth = TODAY.slice(0, 7)
  const lastMonth = previousMonth(thisMonth)
  expect(await closing.chosenMonth()).toBe(lastMonth)
  // This month is not over: the picker does not offer it.
  await dateInput(closing.month).click()
  await expect(page.locator(`.ant-picker-dropdown td[title="${thisMonth}"]`)).toHaveClass(/ant-picker-cell-disabled/)
  await page.keyboard.press('Escape')
  // R19 after R17: last month's closing waits for its month-end reconciliation, locked by both sides (none here yet).
  await fillDate(closing.month, lastMonth)
  await closing.runButton.click()
  await Promise.all([answerTo(page, 'documents.closeMonth'), closing.confirmButton.click()])
  await expect(closing.error).toContainText('尚未开始月末对帐')
  await saveScreen(page, 'contract-20-admin-closing')
  await layout.signOut()
})
