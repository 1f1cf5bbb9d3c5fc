import { QrCodeImage } from './qr-code-image'

/**
 * The top of every form: 已作废 across a voided one, the company, the form's title, 补打 on every print
 * after the first (from the core's print log, so it holds whichever workstation printed first) and the
 * QR code of the document number (docs/printed-forms.md).
 */
export function PrintHeading({ companyName, title, docNo, copy, voided }: { companyName: string; title: string; docNo: string; copy: number; voided: boolean }) {
  return (
    <>
      {voided && (
        <div className="print-void-stamp" data-testid="print-voided">
          已作废
        </div>
      )}
      <header className="print-heading">
        <h1 className="print-company" data-testid="print-company">
          {companyName}
        </h1>
        <h2 className="print-title">{title}</h2>
        {copy > 1 && (
          <div className="print-reprint" data-testid="print-reprint">
            补打
          </div>
        )}
        <div className="print-qr">
          <QrCodeImage text={docNo} />
        </div>
      </header>
    </>
  )
}

/** Who printed the paper and when, which print it is (第 N 次打印 after the first), and the document's version. */
export function PrintFootnote({ printedBy, printedAt, copy, version }: { printedBy: string; printedAt: string; copy: number; version: number }) {
  return (
    <div className="print-footnote">
      <span>
        打印：{printedBy}　{printedAt}
        {copy > 1 ? `　第 ${copy} 次打印` : ''}
      </span>
      <span>第 {version} 版</span>
    </div>
  )
}
