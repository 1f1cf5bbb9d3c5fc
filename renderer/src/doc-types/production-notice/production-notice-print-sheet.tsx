import type { DocumentView } from '../../../../shared/api'
import { formatShanghai } from '../../../../shared/dates'
import { stateLabel } from '../../../../shared/doc-types'
import { PrintFootnote, PrintHeading } from '../../print/print-heading'
import type { PrintContext } from '../../print/print-page'
import { PrintSignatures } from '../../print/print-signatures'
import type { ProductionNoticeBody } from './production-notice-body'

/**
 * 生产通知单 on A4 (docs/printed-forms.md): the contract it is made from, what to make and by when, the
 * total quantity, and the sales VP's signature from the trail. No money is on the form (production does
 * not need it), so there is no 大写 line.
 */
export function ProductionNoticePrintSheet({ view, body, companyName, printedBy, printedAt, copy }: { view: DocumentView; body: ProductionNoticeBody } & PrintContext) {
  const { header } = view
  const total = body.lines.reduce((sum, l) => sum + l.quantity, 0)
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <PrintHeading companyName={companyName} title="生产通知单" docNo={header.docNo} copy={copy} voided={header.state === 'voided'} />
      <div className="print-meta">
        <span>
          通知单号：<b data-testid="print-doc-no">{header.docNo}</b>
        </span>
        <span>编制日期：{formatShanghai(header.createdAt, false)}</span>
        <span>状态：{stateLabel(header.docType, header.state, header.closedAt !== null)}</span>
      </div>
      <div className="print-section-title">依据合同</div>
      <table className="print-table" data-testid="print-notice-contract">
        <colgroup>
          <col style={{ width: '24mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">销售合同</td>
            <td className="code">{body.contractNo}</td>
            <td className="label">客户合同号</td>
            <td className="code">{body.customerContractNo || '—'}</td>
          </tr>
          <tr>
            <td className="label">客户</td>
            <td>{header.customerName ?? ''}</td>
            <td className="label">合同交货日期</td>
            <td>{body.deliveryDate}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">生产明细</div>
      <table className="print-table" data-testid="print-notice-lines">
        <thead>
          <tr>
            <th style={{ width: '10mm' }}>行</th>
            <th style={{ width: '28mm' }}>产品编码</th>
            <th>产品名称</th>
            <th>规格型号</th>
            <th style={{ width: '20mm' }}>数量</th>
            <th style={{ width: '12mm' }}>单位</th>
            <th style={{ width: '26mm' }}>要求完工日期</th>
          </tr>
        </thead>
        <tbody>
          {body.lines.map((l) => (
            <tr key={l.lineNo}>
              <td className="num">{l.lineNo}</td>
              <td className="code">{l.productCode}</td>
              <td>{l.productName}</td>
              <td>{l.spec}</td>
              <td className="num">{l.quantity}</td>
              <td>{l.unit}</td>
              <td>{l.requiredDate}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={4} className="label">合计数量</td>
            <td className="num" data-testid="print-notice-total">{total}</td>
            <td colSpan={2} />
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">备注</div>
      <div className="print-note">{body.note ?? '无'}</div>
      <div className="print-section-title">签发</div>
      <PrintSignatures header={header} chain={view.chain} />
      <PrintFootnote printedBy={printedBy} printedAt={printedAt} copy={copy} version={header.version} />
    </article>
  )
}
