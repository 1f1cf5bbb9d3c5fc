import { join } from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { ApplicationFormPage } from '../pages/application-form-page'
import { DocumentPage } from '../pages/document-page'
import { LoginPage } from '../pages/login-page'
import { MainLayout } from '../pages/main-layout'
import { QueuePage } from '../pages/queue-page'
import { DELIVERY, LATHE, MILL, type Person } from './contract-office'
import { PASSWORD_WORK } from './waits'

// The contract stories' steps in the users' terms (contract-chain, contract-papers, contract-rework).

export async function signInAs(page: Page, person: Person): Promise<MainLayout> {
  const login = new LoginPage(page)
  await login.open()
  await login.signIn(person.login, person.password)
  const layout = new MainLayout(page)
  await expect(layout.userName).toHaveText(person.name, PASSWORD_WORK)
  await expect(layout.roles).toHaveText(person.roleLabel)
  return layout
}

/** 待办's badge reaches `count` (it refreshes after a write, so it is waited for, never read once). */
export async function expectTodoCount(page: Page, count: number): Promise<void> {
  await new QueuePage(page).expectCount('todo', count)
}

/** Clerk: a short application at list price with everything paid in advance (rejection and withdrawal). */
export async function draftSimpleApplication(page: Page, layout: MainLayout, customerId: number, productCode: string, quantity: number): Promise<DocumentPage> {
  await layout.openNewApplication()
  const form = new ApplicationFormPage(page)
  await expect(form.title).toHaveText('新建合同申报单')
  await form.chooseCustomer('苏州恒通', customerId)
  await form.setDeliveryDate(DELIVERY)
  const product = productCode === LATHE.code ? LATHE : MILL
  await form.fillLine(0, { productCode, quantity, unitPrice: (product.listFen / 100).toFixed(2) })
  await form.setPrepaymentPercent('100')
  await expect(form.termsCheck).toHaveAttribute('data-difference', '0')
  await form.saveDraft()
  const doc = new DocumentPage(page)
  await expect(doc.state).toHaveAttribute('data-state', 'draft')
  return doc
}

export function screenshotsDir(): string {
  return join(test.info().project.outputDir, 'screenshots')
}

export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`
}

/** A second browser window with its own cookies, as the same project configures pages. */
export async function newDesk(browser: Browser): Promise<Page> {
  const use = test.info().project.use
  const context = await browser.newContext({ baseURL: use.baseURL, viewport: use.viewport, locale: use.locale, timezoneId: use.timezoneId })
  return context.newPage()
}
