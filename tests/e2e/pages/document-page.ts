import { expect, type Locator, type Page } from '@playwright/test'
import { answerTo } from '../support/api-call'
import { fillDate } from '../support/antd'

export type DocumentAction = 'submit' | 'approve' | 'reject' | 'withdraw' | 'comment' | 'void' | 'close'

/**
 * #/documents/:id — any document: header (单号, state, 客户, 金额 and 大写), the chain as steps, the actions
 * the core offers this user, the body, the trail, its family (关联单据, R24) and the 已关闭 notice (R19); and
 * the extras of applications (编辑, 打印预览, 签订合同) and contracts (使用合同章).
 */
export class DocumentPage {
  readonly root: Locator
  readonly type: Locator
  readonly state: Locator
  readonly docNo: Locator
  readonly customer: Locator
  readonly amount: Locator
  readonly amountCapital: Locator
  readonly drafter: Locator
  readonly currentStep: Locator
  readonly chain: Locator
  readonly actions: Locator
  readonly trail: Locator
  readonly trailEntries: Locator
  readonly lines: Locator
  readonly stale: Locator
  /** 关联单据 (R24): absent when nothing is linked. */
  readonly family: Locator
  /** R19: 已关闭，只能查看. */
  readonly closedNotice: Locator
  // The comment / reason modal of 同意, 驳回, 批注
  readonly actDialog: Locator
  readonly actComment: Locator
  readonly actSubmit: Locator
  readonly actFieldError: Locator
  // Application extras
  readonly editButton: Locator
  readonly printButton: Locator
  readonly signContractButton: Locator
  readonly contractLink: Locator
  readonly signDialog: Locator
  readonly signCustomerNo: Locator
  readonly signDate: Locator
  readonly signSubmit: Locator
  readonly signCancel: Locator
  // Contract
  readonly applicationLink: Locator
  readonly customerContractNo: Locator
  readonly sealButton: Locator
  readonly sealDialog: Locator
  readonly sealCopies: Locator
  readonly sealPurpose: Locator
  readonly sealSubmit: Locator
  readonly seals: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('doc-page')
    this.type = page.getByTestId('doc-type')
    this.state = page.getByTestId('doc-state')
    this.docNo = page.getByTestId('doc-no')
    this.customer = page.getByTestId('doc-customer')
    this.amount = page.getByTestId('doc-amount')
    this.amountCapital = page.getByTestId('doc-amount-capital')
    this.drafter = page.getByTestId('doc-drafter')
    this.currentStep = page.getByTestId('doc-current-step')
    this.chain = page.getByTestId('doc-chain')
    this.actions = page.getByTestId('doc-actions')
    this.trail = page.getByTestId('doc-trail')
    this.trailEntries = page.getByTestId('doc-trail-entry')
    this.lines = page.getByTestId('doc-lines')
    this.stale = page.getByTestId('doc-stale')
    this.family = page.getByTestId('doc-family')
    this.closedNotice = page.getByTestId('doc-closed')
    this.actDialog = page.getByRole('dialog').filter({ has: page.getByTestId('doc-act-comment') })
    this.actComment = page.getByTestId('doc-act-comment')
    this.actSubmit = page.getByTestId('doc-act-submit')
    this.actFieldError = this.actDialog.locator('.ant-form-item-explain-error')
    this.editButton = page.getByTestId('doc-edit')
    this.printButton = page.getByTestId('doc-print')
    this.signContractButton = page.getByTestId('doc-sign-contract')
    this.contractLink = page.getByTestId('doc-contract-link')
    this.signDialog = page.getByRole('dialog').filter({ has: page.getByTestId('sign-contract-customer-no') })
    this.signCustomerNo = page.getByTestId('sign-contract-customer-no')
    this.signDate = page.getByTestId('sign-contract-date')
    this.signSubmit = page.getByTestId('sign-contract-submit')
    this.signCancel = this.signDialog.getByRole('button', { name: '取消' })
    this.applicationLink = page.getByTestId('doc-application-link')
    this.customerContractNo = page.getByTestId('doc-customer-contract-no')
    this.sealButton = page.getByTestId('doc-seal-use')
    this.sealDialog = page.getByRole('dialog').filter({ has: page.getByTestId('seal-use-copies') })
    this.sealCopies = page.getByTestId('seal-use-copies')
    this.sealPurpose = page.getByTestId('seal-use-purpose')
    this.sealSubmit = page.getByTestId('seal-use-submit')
    this.seals = page.getByTestId('doc-seals')
  }

  async open(id: number): Promise<void> {
    await this.page.goto(`/#/documents/${id}`)
    await expect(this.root).toHaveAttribute('data-doc-id', String(id))
  }

  /** The document's id in the core (data-doc-id), e.g. for its print address. */
  async id(): Promise<number> {
    return Number(await this.root.getAttribute('data-doc-id'))
  }

  async number(): Promise<string> {
    return (await this.docNo.innerText()).trim()
  }

  action(action: DocumentAction): Locator {
    return this.page.getByTestId(`doc-action-${action}`)
  }

  /** One step of the chain; its data-status is done | current | waiting | skipped. */
  step(key: string): Locator {
    return this.page.getByTestId(`doc-step-${key}`)
  }

  /** One linked document's row in 关联单据: relation (data-direction source|dependant, data-link), type, number, state. */
  familyMember(docNo: string): Locator {
    return this.page.getByTestId(`doc-family-${docNo}`)
  }

  /** A countersign step's signatures, with data-signed (how many so far) and data-need. */
  countersign(stepKey: string): Locator {
    return this.page.getByTestId(`doc-countersign-${stepKey}`)
  }

  /** The trail's entries of one action (submit, approve, reject, withdraw …), oldest first. */
  trailEntry(action: string): Locator {
    return this.page.locator(`[data-testid="doc-trail-entry"][data-action="${action}"]`)
  }

  /** The chain step's whole box (title, who signed, when, the comment), for reading what it says. */
  stepBox(key: string): Locator {
    return this.chain.locator('.ant-steps-item').filter({ has: this.step(key) })
  }

  private async actDirectly(action: 'submit' | 'withdraw'): Promise<void> {
    await Promise.all([answerTo(this.page, 'documents.act'), this.action(action).click()])
  }

  async submit(): Promise<void> {
    await this.actDirectly('submit')
    await expect(this.state).toHaveAttribute('data-state', 'pending')
  }

  async withdraw(): Promise<void> {
    await this.actDirectly('withdraw')
    await expect(this.state).toHaveAttribute('data-state', 'withdrawn')
  }

  /** 同意 with a comment (审签 / 签批 / 会签 by whoever holds the current step). */
  async approveWithComment(comment: string): Promise<void> {
    await this.action('approve').click()
    await this.actComment.fill(comment)
    await Promise.all([answerTo(this.page, 'documents.act'), this.actSubmit.click()])
    await expect(this.actDialog).toBeHidden()
  }

  /** Opens 驳回 and sends it with `reason` as typed (which may be empty: the modal refuses that inline). */
  async openReject(): Promise<void> {
    await this.action('reject').click()
    await expect(this.actDialog).toBeVisible()
  }

  async rejectWithReason(reason: string): Promise<void> {
    if (!(await this.actDialog.isVisible())) await this.openReject()
    await this.actComment.fill(reason)
    await Promise.all([answerTo(this.page, 'documents.act'), this.actSubmit.click()])
    await expect(this.actDialog).toBeHidden()
    await expect(this.state).toHaveAttribute('data-state', 'rejected')
  }

  /** 关闭 (R19) after its confirm; the page then says 已关闭，只能查看 and offers no action. */
  async close(): Promise<void> {
    await this.action('close').click()
    await Promise.all([answerTo(this.page, 'documents.act'), this.page.getByTestId('doc-close-confirm').click()])
    await expect(this.closedNotice).toBeVisible()
    await expect(this.state).toHaveText('已关闭')
  }

  async edit(): Promise<void> {
    await this.editButton.click()
    await expect(this.page.getByTestId('app-form')).toBeVisible()
  }

  async openPrintPreview(): Promise<void> {
    await this.printButton.click()
    await expect(this.page.getByTestId('print-sheet')).toBeVisible()
  }

  /** 签订合同 from an approved application; resolves on the new contract's page (a draft). */
  async signContract(customerContractNo: string, signedOn: string): Promise<void> {
    await this.signContractButton.click()
    await expect(this.signDialog).toBeVisible()
    await this.signCustomerNo.fill(customerContractNo)
    await fillDate(this.signDate, signedOn)
    await Promise.all([answerTo(this.page, 'contracts.createFromApplication'), this.signSubmit.click()])
    await expect(this.signDialog).toBeHidden()
    await expect(this.type).toHaveText('销售合同')
  }

  /** Closes the 签订合同 modal without signing. */
  async cancelSigning(): Promise<void> {
    await this.signCancel.click()
    await expect(this.signDialog).toBeHidden()
  }

  /** 使用合同章: logs the use (R4); the page reads the contract again and lists it. */
  async useContractSeal(copies: number, purpose?: string): Promise<void> {
    await this.sealButton.click()
    await expect(this.sealDialog).toBeVisible()
    await this.sealCopies.fill(String(copies))
    if (purpose !== undefined) await this.sealPurpose.fill(purpose)
    await Promise.all([answerTo(this.page, 'seal.use'), this.sealSubmit.click()])
    await expect(this.sealDialog).toBeHidden()
  }
}
