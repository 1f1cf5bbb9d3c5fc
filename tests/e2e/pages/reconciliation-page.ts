import { expect, type Locator, type Page } from '@playwright/test'
import { answerTo } from '../support/api-call'

/** 月末对帐 (#/reconciliations and a statement's page, R17): start the next month, record a difference, sign for one side. */
export class ReconciliationPage {
  readonly list: Locator
  readonly startButton: Locator
  readonly month: Locator
  readonly differences: Locator
  readonly locked: Locator
  readonly recordButton: Locator

  constructor(readonly page: Page) {
    this.list = page.getByTestId('reconciliations')
    this.startButton = page.getByTestId('reconciliation-start')
    this.month = page.getByTestId('reconciliation-month')
    this.differences = page.getByTestId('reconciliation-differences')
    this.locked = page.getByTestId('reconciliation-locked')
    this.recordButton = page.getByTestId('reconciliation-record-difference')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-reconciliations').click()
    await expect(this.list).toBeVisible()
  }

  /** 开始对帐 for the month the page offers; resolves on the new statement's page with its id. */
  async startNext(): Promise<number> {
    await this.startButton.click()
    await Promise.all([answerTo(this.page, 'reconciliations.start'), this.page.getByTestId('reconciliation-start-confirm').click()])
    await expect(this.page.getByTestId('doc-body-reconciliation')).toBeVisible()
    return Number(await this.page.getByTestId('doc-page').getAttribute('data-doc-id'))
  }

  /** 记录差异 outside any contract: the finance amount in 元, the explanation, who resolves it. */
  async recordDifference(financeYuan: string, explanation: string, resolver: string): Promise<void> {
    await this.recordButton.click()
    await expect(this.page.getByTestId('reconciliation-difference-form')).toBeVisible()
    await this.page.getByTestId('reconciliation-difference-finance').fill(financeYuan)
    await this.page.getByTestId('reconciliation-difference-explanation').fill(explanation)
    await this.page.getByTestId('reconciliation-difference-resolver').fill(resolver)
    await Promise.all([answerTo(this.page, 'reconciliations.recordDifference'), this.page.getByTestId('reconciliation-difference-submit').click()])
    await expect(this.page.getByTestId('reconciliation-difference-form')).toBeHidden()
  }

  async signFor(side: 'sales' | 'finance'): Promise<void> {
    await this.page.getByTestId(`reconciliation-sign-${side}`).click()
    await Promise.all([answerTo(this.page, 'reconciliations.signOff'), this.page.getByTestId(`reconciliation-sign-${side}-confirm`).click()])
  }
}
