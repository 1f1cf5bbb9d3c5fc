import type { DocumentView } from '../../../../shared/api'
import { stateLabel } from '../../../../shared/doc-types'
import { capitalAmount, formatYuan } from '../../../../shared/money'
import { PrintFootnote, PrintHeading } from '../../print/print-heading'
import type { PrintContext } from '../../print/print-page'
import { PrintSignatures } from '../../print/print-signatures'
import type { InvoiceBody } from './invoice-body'
import { ratioText } from '../../../../shared/percent'

/**
 * 开票申请单 on A4 (docs/printed-forms.md): the contract and its figures at the request (R15: collected
 * against the threshold, shipped, invoiced), the amount in figures and 大写 (R23), the invoice recorded and
 * its red letters (R24), and the finance VP's signature from the trail.
 */
export function InvoicePrintSheet({ view, body, companyName, printedBy, printedAt, copy }: { view: DocumentView; body: InvoiceBody } & PrintContext) {
  const { header } = view
  const f = body.figures
  const y = (fen: number) => `¥${formatYuan(fen)}`
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <PrintHeading companyName={companyName} title="开票申请单" docNo={header.docNo} copy={copy} voided={header.state === 'voided'} />
      <div className="print-meta">
        <span>
          申请单号：<b data-testid="print-doc-no">{header.docNo}</b>
        </span>
        <span>申请日期：{body.requestedOn}</span>
        <span>申请人：{header.drafterName}</span>
        <span>状态：{stateLabel(header.docType, header.state, header.closedAt !== null)}</span>
      </div>
      <div className="print-section-title">依据合同</div>
      <table className="print-table" data-testid="print-invoice-contract">
        <colgroup>
          <col style={{ width: '26mm' }} />
          <col />
          <col style={{ width: '26mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">销售合同</td>
            <td className="code">{body.contractNo}</td>
            <td className="label">客户</td>
            <td>{header.customerName ?? ''}</td>
          </tr>
          <tr>
            <td className="label">合同金额</td>
            <td className="num">{y(f.amountFen)}</td>
            <td className="label">已回款</td>
            <td className="num">{y(f.collectedFen)}（{ratioText(f.collectedFen, f.amountFen)}，开票条件 {f.thresholdPercent}%）</td>
          </tr>
          <tr>
            <td className="label">已发货</td>
            <td className="num">{y(f.shippedFen)}</td>
            <td className="label">已开票</td>
            <td className="num">{y(f.invoicedFen)}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">申请开票</div>
      <table className="print-table" data-testid="print-invoice-amount">
        <colgroup>
          <col style={{ width: '26mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">金额（小写）</td>
            <td className="num">{y(body.amountFen)}</td>
          </tr>
          <tr>
            <td className="label">金额（大写）</td>
            <td data-testid="print-invoice-capital">{capitalAmount(body.amountFen)}</td>
          </tr>
          <tr>
            <td className="label">发票</td>
            <td>{body.invoice ? `${body.invoice.invoiceNo}　${body.invoice.issuedOn}　${y(body.invoice.amountFen)}` : '待财务开具后录入'}</td>
          </tr>
          {body.redLetters.map((r) => (
            <tr key={r.id}>
              <td className="label">红字</td>
              <td>{`${r.redOn}　确认单 ${r.confirmationNo}　-${y(r.amountFen)}　${r.reason}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-section-title">备注</div>
      <div className="print-note">{body.note ?? '无'}</div>
      <div className="print-section-title">审批</div>
      <PrintSignatures header={header} chain={view.chain} />
      <PrintFootnote printedBy={printedBy} printedAt={printedAt} copy={copy} version={header.version} />
    </article>
  )
}
