import { expect, type Locator, type Page } from '@playwright/test'
import { answerTo } from '../support/api-call'
import { fillDate, pickFromSelect } from '../support/antd'

export interface ApplicationLine {
  /** Typed into the product search: the code. */
  productCode: string
  quantity: number
  /** 单价 as typed, in 元 ("12150.50"); the form fills in the list price first. */
  unitPrice: string
}

export interface Instalment {
  label: string
  dueDate: string
  amount: string
}

/** 新建 / 修改合同申报单 (#/applications/new, #/applications/:id/edit): lines, terms, the total bar. */
export class ApplicationFormPage {
  readonly form: Locator
  readonly title: Locator
  readonly customer: Locator
  readonly deliveryDate: Locator
  readonly lines: Locator
  readonly addLineButton: Locator
  readonly prepayment: Locator
  readonly prepaymentAmount: Locator
  readonly addInstalmentButton: Locator
  readonly termsCheck: Locator
  readonly total: Locator
  readonly totalCapital: Locator
  readonly saveButton: Locator
  readonly saveError: Locator
  readonly rejectReason: Locator

  constructor(readonly page: Page) {
    this.form = page.getByTestId('app-form')
    this.title = page.getByTestId('app-form-title')
    this.customer = page.getByTestId('app-customer')
    this.deliveryDate = page.getByTestId('app-delivery')
    this.lines = page.getByTestId('app-lines')
    this.addLineButton = page.getByTestId('app-line-add')
    this.prepayment = page.getByTestId('app-prepayment')
    this.prepaymentAmount = page.getByTestId('app-prepayment-amount')
    this.addInstalmentButton = page.getByTestId('app-instalment-add')
    this.termsCheck = page.getByTestId('terms-check')
    this.total = page.getByTestId('app-total')
    this.totalCapital = page.getByTestId('app-total-capital')
    this.saveButton = page.getByTestId('app-save')
    this.saveError = page.getByTestId('app-save-error')
    this.rejectReason = page.getByTestId('app-reject-reason')
  }

  line(index: number): Locator {
    return this.page.getByTestId(`app-line-${index}`)
  }

  lineField(index: number, field: 'product' | 'quantity' | 'price' | 'amount'): Locator {
    return this.page.getByTestId(`app-line-${index}-${field}`)
  }

  /** The 低于底价 tag under a line's unit price (data-bps: how far below, in basis points). */
  belowFloorTag(index: number): Locator {
    return this.line(index).getByTestId('below-floor')
  }

  async chooseCustomer(search: string, customerId: number): Promise<void> {
    await pickFromSelect(this.page, this.customer, search, this.page.getByTestId(`customer-option-${customerId}`))
  }

  async setDeliveryDate(day: string): Promise<void> {
    await fillDate(this.deliveryDate, day)
  }

  /** Fills line `index` (adding it when it is not there yet): product, quantity, then the price over the list price. */
  async fillLine(index: number, line: ApplicationLine): Promise<void> {
    if ((await this.line(index).count()) === 0) await this.addLineButton.click()
    await pickFromSelect(this.page, this.lineField(index, 'product'), line.productCode, line.productCode)
    await this.lineField(index, 'quantity').fill(String(line.quantity))
    await this.lineField(index, 'price').fill(line.unitPrice)
    await this.lineField(index, 'price').blur()
  }

  async setQuantity(index: number, quantity: number): Promise<void> {
    await this.lineField(index, 'quantity').fill(String(quantity))
    await this.lineField(index, 'quantity').blur()
  }

  async setPrepaymentPercent(percent: string): Promise<void> {
    await this.prepayment.fill(percent)
  }

  async addInstalment(instalment: Instalment): Promise<void> {
    const index = await this.page.locator('[data-testid^="app-instalment-"][data-testid$="-label"]').count()
    await this.addInstalmentButton.click()
    await this.page.getByTestId(`app-instalment-${index}-label`).fill(instalment.label)
    await fillDate(this.page.getByTestId(`app-instalment-${index}-due`), instalment.dueDate)
    await this.page.getByTestId(`app-instalment-${index}-amount`).fill(instalment.amount)
    await this.page.getByTestId(`app-instalment-${index}-amount`).blur()
  }

  /** 保存草稿: resolves on the document page the core answered with. */
  async saveDraft(): Promise<void> {
    await Promise.all([answerTo(this.page, 'applications.save'), this.saveButton.click()])
    await expect(this.page.getByTestId('doc-page')).toBeVisible()
  }
}
