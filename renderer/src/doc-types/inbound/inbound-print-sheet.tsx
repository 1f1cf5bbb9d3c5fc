import type { DocumentView } from '../../../../shared/api'
import { stateLabel } from '../../../../shared/doc-types'
import { FitText } from '../../print/fit-text'
import { PrintFootnote, PrintHeading } from '../../print/print-heading'
import type { PrintContext } from '../../print/print-page'
import { PrintSignatures } from '../../print/print-signatures'
import type { InboundBody } from './inbound-body'

/**
 * 成品入库单 on A4 (docs/printed-forms.md): number and QR, the notice it fills if any, every line with the
 * certificate it enters by (R7), the total quantity, and the trail's signatures (the warehouse's receipt).
 * No money on it, so no 大写: it moves goods, not amounts.
 */
export function InboundPrintSheet({ view, body, companyName, printedBy, printedAt, copy }: { view: DocumentView; body: InboundBody } & PrintContext) {
  const { header } = view
  const total = body.lines.reduce((sum, l) => sum + l.quantity, 0)
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <PrintHeading companyName={companyName} title="成品入库单" docNo={header.docNo} copy={copy} voided={header.state === 'voided'} />
      <div className="print-meta">
        <span>
          入库单号：<b data-testid="print-doc-no">{header.docNo}</b>
        </span>
        <span>入库日期：{body.receivedOn}</span>
        <span>状态：{stateLabel(header.docType, header.state, header.closedAt !== null)}</span>
      </div>
      <table className="print-table" data-testid="print-inbound-info">
        <colgroup>
          <col style={{ width: '24mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">生产通知单</td>
            <td className="code">{body.sourceNoticeNo ? <FitText text={body.sourceNoticeNo} kind="code" /> : '无'}</td>
            <td className="label">交库人</td>
            <td>{header.drafterName}</td>
          </tr>
          <tr>
            <td className="label">备注</td>
            <td colSpan={3}>{body.remark ?? ''}</td>
          </tr>
        </tbody>
      </table>

      <div className="print-section-title">入库明细</div>
      <table className="print-table print-lines" data-testid="print-inbound-lines">
        <thead>
          <tr>
            <th style={{ width: '9mm' }}>序号</th>
            <th style={{ width: '24mm' }}>产品编码</th>
            <th>产品名称</th>
            <th>规格型号</th>
            <th style={{ width: '10mm' }}>单位</th>
            <th style={{ width: '16mm' }}>数量</th>
            <th style={{ width: '28mm' }}>合格证号</th>
            <th style={{ width: '22mm' }}>批号</th>
            <th style={{ width: '16mm' }}>检验员</th>
          </tr>
        </thead>
        <tbody>
          {body.lines.map((l) => (
            <tr key={l.lineNo}>
              <td className="num">{l.lineNo}</td>
              <td className="code"><FitText text={l.productCode} kind="code" /></td>
              <td>{l.productName}</td>
              <td>{l.spec}</td>
              <td style={{ textAlign: 'center' }}>{l.unit}</td>
              <td className="num">{l.quantity}</td>
              <td className="code"><FitText text={l.certificateNo} kind="code" /></td>
              <td className="code"><FitText text={l.batchNo} kind="code" /></td>
              <td>{l.inspectorName}</td>
            </tr>
          ))}
          <tr className="total-row">
            <td colSpan={5} style={{ textAlign: 'right' }}>合计</td>
            <td className="num" data-testid="print-inbound-total">{total}</td>
            <td colSpan={3} />
          </tr>
        </tbody>
      </table>

      <div className="print-section-title">签字</div>
      <PrintSignatures header={header} chain={view.chain} />
      <PrintFootnote printedBy={printedBy} printedAt={printedAt} copy={copy} version={header.version} />
    </article>
  )
}
