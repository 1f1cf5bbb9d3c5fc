import { expect, type Locator, type Page } from '@playwright/test'
import { answerTo } from '../support/api-call'
import { dateInput, fillDate } from '../support/antd'

/** 关闭清理 (#/closing, R19): the administrator closes a past month's finished documents. */
export class ClosingPage {
  readonly heading: Locator
  readonly month: Locator
  readonly runButton: Locator
  readonly confirmButton: Locator
  readonly result: Locator
  readonly error: Locator
  readonly closableStates: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '关闭清理' })
    this.month = page.getByTestId('closing-month')
    this.runButton = page.getByTestId('closing-run')
    this.confirmButton = page.getByTestId('closing-confirm')
    this.result = page.getByTestId('closing-result')
    this.error = page.getByTestId('closing-error')
    this.closableStates = page.getByTestId('closing-states')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/closing')
    await expect(this.heading).toBeVisible()
  }

  /** The month the picker holds, as typed (YYYY-MM). */
  async chosenMonth(): Promise<string> {
    return dateInput(this.month).inputValue()
  }

  /** Chooses a month (YYYY-MM), confirms, and resolves with how many documents the core closed. */
  async closeMonth(month: string): Promise<number> {
    await fillDate(this.month, month)
    await this.runButton.click()
    await Promise.all([answerTo(this.page, 'documents.closeMonth'), this.confirmButton.click()])
    await expect(this.result).toBeVisible()
    return Number(await this.result.getAttribute('data-count'))
  }
}
