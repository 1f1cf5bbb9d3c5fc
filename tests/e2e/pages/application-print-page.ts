import { expect, type Locator, type Page } from '@playwright/test'

/** 合同申报单 print preview (#/print/application/:id): one A4 sheet, without the main layout. */
export class ApplicationPrintPage {
  readonly root: Locator
  readonly sheet: Locator
  readonly company: Locator
  readonly docNo: Locator
  readonly total: Locator
  readonly totalCapital: Locator
  readonly signatures: Locator
  readonly backButton: Locator
  readonly printButton: Locator
  /** 补打, on every print of the document after the first. */
  readonly reprintMark: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('print-page')
    this.sheet = page.getByTestId('print-sheet')
    this.company = page.getByTestId('print-company')
    this.docNo = page.getByTestId('print-doc-no')
    this.total = page.getByTestId('print-total')
    this.totalCapital = page.getByTestId('print-total-capital')
    this.signatures = page.getByTestId('print-signatures')
    this.backButton = page.getByTestId('print-back')
    this.printButton = page.getByTestId('print-print')
    this.reprintMark = page.getByTestId('print-reprint')
  }

  async open(applicationId: number): Promise<void> {
    await this.page.goto(`/#/print/application/${applicationId}`)
    await expect(this.sheet).toBeVisible()
  }

  /**
   * 打印, with the browser's print dialog replaced by a counter (headless Chromium has no printer).
   * Resolves once the page has opened its dialog: after the core logged the print.
   */
  async print(): Promise<void> {
    // A string, like saveAsPdf's: e2e code has no DOM types.
    await this.page.evaluate(`window.print = () => { document.body.dataset.printed = String(Number(document.body.dataset.printed || 0) + 1) }`)
    const before = Number((await this.page.locator('body').getAttribute('data-printed')) ?? 0)
    await this.printButton.click()
    await expect(this.page.locator('body')).toHaveAttribute('data-printed', String(before + 1))
  }

  /** A signature box: 'drafter' or a chain step's key. */
  signature(key: string): Locator {
    return this.page.getByTestId(`print-signature-${key}`)
  }

  /** The page as Chromium prints it: A4 from the sheet's own @page rule, backgrounds kept. */
  async saveAsPdf(path: string): Promise<Buffer> {
    // The QR code and the fonts must be in before the PDF is cut (a string: e2e code has no DOM types).
    await expect(this.page.getByTestId('print-qr')).toBeVisible()
    await this.page.evaluate('document.fonts.ready.then(() => true)')
    return this.page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true })
  }
}
