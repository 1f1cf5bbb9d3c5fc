import { expect, test, type Page } from '@playwright/test'
import { LoginPage } from './pages/login-page'
import { MainLayout } from './pages/main-layout'
import { answerTo } from './support/api-call'
import { openSelectOptions } from './support/antd'
import { OfficeApi } from './support/office-api'
import { saveScreen } from './support/screens'
import { PASSWORD_WORK } from './support/waits'

/*
 * The administrator edits a chain (issue 10, the `chain-editor` project, its own fresh database): on 审批流程
 * the application's chain is version 1; the administrator hands its last step to the sales head and saves
 * it as version 2; a chain whose every step has a condition is refused with the core's reason and nothing
 * is saved. Which documents follow which version is the core's (tests/integration/chain-editing.test.ts).
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const ADMIN = { login: 'admin', password: 'Admin2025ok', name: '周建华' }

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL
  if (!baseURL) throw new Error('chain-editor needs the baseURL of its own host (playwright.config.ts)')
  const api = await OfficeApi.open(playwright, baseURL)
  try {
    await api.call('system.setup', { companyName: '江南精工机械有限公司', adminName: ADMIN.name, adminLogin: ADMIN.login, adminPassword: ADMIN.password })
    // Every post the chains name has someone in it, else the core refuses the chain (CHAIN_ROLE_UNSTAFFED).
    const people = [
      ['李建国', 'lijg', 'sales_manager'], ['张伟', 'zhangw', 'general_manager'], ['陈主管', 'chenzg', 'sales_head'],
      ['刘会计', 'liukj', 'finance'], ['周律师', 'zhouls', 'legal'],
    ] as const
    for (const [name, login, role] of people) await api.call('users.create', { name, login, password: 'Initial2025ok', roles: [role] })
  } finally {
    await api.close()
  }
})

async function openChains(page: Page): Promise<void> {
  await new LoginPage(page).open()
  await new LoginPage(page).signIn(ADMIN.login, ADMIN.password)
  await expect(new MainLayout(page).userName).toHaveText(ADMIN.name, PASSWORD_WORK)
  await Promise.all([answerTo(page, 'workflow.list'), page.getByTestId('nav-workflows').click()])
}

test('1 管理员把申报单的最后一步改由销售部主管批准，保存为第 2 版', async ({ page }) => {
  await openChains(page)
  await expect(page.getByTestId('workflow-version-application')).toContainText('第 1 版')
  await page.getByTestId('workflow-edit-application').click()
  const editor = page.getByTestId('chain-editor')
  await expect(editor).toBeVisible()
  await expect(page.getByTestId('step-name-1')).toHaveValue('总经理签批')
  await page.getByTestId('step-name-1').fill('销售部主管批准')
  await page.getByTestId('step-role-1').click()
  await openSelectOptions(page).filter({ hasText: '销售部主管' }).first().click()
  await saveScreen(page, 'chain-editor-01-editing')
  await Promise.all([answerTo(page, 'workflow.save'), page.getByTestId('chain-save').click()])
  await expect(editor).toHaveCount(0)
  await expect(page.getByTestId('workflow-version-application')).toContainText('第 2 版')
  await expect(page.getByTestId('workflow-application')).toContainText('销售部主管批准')
  await expect(page.getByTestId('workflow-application')).not.toContainText('总经理签批')
  await saveScreen(page, 'chain-editor-02-saved')
})

test('2 每一步都带条件的流程被拒绝，说明原因，什么都不保存', async ({ page }) => {
  await openChains(page)
  await page.getByTestId('workflow-edit-application').click()
  for (const step of [0, 1]) {
    await page.getByTestId(`step-condition-${step}`).click()
    await openSelectOptions(page).filter({ hasText: '合同条款非标准时' }).first().click()
  }
  await Promise.all([answerTo(page, 'workflow.save'), page.getByTestId('chain-save').click()])
  await expect(page.getByTestId('chain-error')).toContainText('至少要有一个无条件的审批步骤')
  await saveScreen(page, 'chain-editor-03-refused')
  await page.getByRole('button', { name: '取消' }).click()
  await expect(page.getByTestId('workflow-version-application')).toContainText('第 2 版')
})
