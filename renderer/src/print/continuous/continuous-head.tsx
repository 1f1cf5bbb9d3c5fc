import { FitText } from '../fit-text'
import { QrCodeImage } from '../qr-code-image'
import type { ContinuousForm, FormPart } from './continuous-form'

/**
 * The head every page of a continuous form repeats (docs/printed-forms.md): 补打, company, title, QR code
 * of the number, then number, date and 第 x 页 共 y 页, then the form's head fields. The QR code stands
 * beside the heading (absolute), so the measuring copy leaves it out (`qr={false}`) without changing a height.
 */
export function ContinuousHead({ form, pageNo, pageCount, qr = true }: { form: ContinuousForm; pageNo: number; pageCount: number; qr?: boolean }) {
  return (
    <div data-testid="cf-head">
      <header className="cf-heading">
        {form.copy > 1 && (
          <div className="cf-reprint" data-testid="cf-reprint">
            补打
          </div>
        )}
        <h1 className="cf-company">{form.companyName}</h1>
        <h2 className="cf-title">{form.title}</h2>
        {qr && (
          <div className="cf-qr">
            <QrCodeImage text={form.docNo} />
          </div>
        )}
      </header>
      <div className="cf-meta">
        <div className="cf-field">
          <span className="label">编号：</span>
          <span className="value">
            <FitText text={form.docNo} kind="code" />
          </span>
        </div>
        <div className="cf-field">
          <span className="label">日期：</span>
          <span className="value">{form.date}</span>
        </div>
        <div className="page" data-testid="cf-page-of">
          第 {pageNo} 页 共 {pageCount} 页
        </div>
      </div>
      <div className="cf-fields">
        {form.fields.map((field) => (
          <div className="cf-field" key={field.label} style={{ gridColumn: `span ${field.span ?? 1}` }}>
            <span className="label">{field.label}：</span>
            <span className="value">{field.kind === 'code' ? <FitText text={field.value} kind="code" /> : field.value}</span>
          </div>
        ))}
      </div>
    </div>
  )
}

/**
 * The part's name down the right-hand gutter. On plain paper each part is its own sheet and says which it
 * is (第一联 存根); on carbonless four-part paper one pass marks all four sheets, so the gutter lists the
 * four with their paper colours, the usual Chinese practice (第一联 存根（白） …).
 */
export function PartGutter({ parts }: { parts: readonly FormPart[] }) {
  return (
    <div className="cf-parts" data-testid="cf-parts">
      {parts.length === 1 ? (
        <span className="one">
          {parts[0]!.ordinal} {parts[0]!.name}联
        </span>
      ) : (
        parts.map((part) => (
          <span key={part.key}>
            {part.ordinal} {part.name}（{part.colour}）
          </span>
        ))
      )}
    </div>
  )
}
