import type { DocumentView } from '../../../../shared/api'
import { formatShanghai } from '../../../../shared/dates'
import { stateLabel } from '../../../../shared/doc-types'
import { PrintFootnote, PrintHeading } from '../../print/print-heading'
import type { PrintContext } from '../../print/print-page'
import type { AcceptanceBody } from './acceptance-body'

const mark = (ok: boolean) => (ok ? '☑ 合格　☐ 不合格' : '☐ 合格　☑ 不合格')

/**
 * 验收报告 on A4 (docs/printed-forms.md): the work order and site, per line the quantity received and the two
 * checks, the problems, and the customer's signature box (签字、盖章、日期) — the paper copy the report
 * references. No money on the form. The QR of its number is the heading's.
 */
export function AcceptancePrintSheet({ view, body, companyName, printedBy, printedAt, copy }: { view: DocumentView; body: AcceptanceBody } & PrintContext) {
  const { header } = view
  const total = body.lines.reduce((sum, l) => sum + l.quantity, 0)
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <PrintHeading companyName={companyName} title={body.rectificationId === null ? '验收报告' : '验收报告（复验）'} docNo={header.docNo} copy={copy} voided={header.state === 'voided'} />
      <div className="print-meta">
        <span>
          报告编号：<b data-testid="print-doc-no">{header.docNo}</b>
        </span>
        <span>记录时间：{body.recordedAt ? formatShanghai(body.recordedAt) : '—'}</span>
        <span>状态：{stateLabel(header.docType, header.state, header.closedAt !== null)}</span>
      </div>
      <div className="print-section-title">安装项目</div>
      <table className="print-table" data-testid="print-acceptance-site">
        <colgroup>
          <col style={{ width: '24mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">客户</td>
            <td>{body.customerName}</td>
            <td className="label">销售合同</td>
            <td className="code">{body.contractNo}</td>
          </tr>
          <tr>
            <td className="label">安装地址</td>
            <td colSpan={3}>{body.siteAddress}</td>
          </tr>
          <tr>
            <td className="label">派工单</td>
            <td className="code">{body.workOrderNo}</td>
            <td className="label">{body.rectificationNo ? '复验整改单' : '纸质验收单'}</td>
            <td className="code">{body.rectificationNo ?? body.paperRef ?? ''}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">验收明细</div>
      <table className="print-table" data-testid="print-acceptance-lines">
        <thead>
          <tr>
            <th style={{ width: '9mm' }}>行</th>
            <th style={{ width: '26mm' }}>产品编码</th>
            <th>产品名称 / 规格</th>
            <th style={{ width: '16mm' }}>数量</th>
            <th style={{ width: '32mm' }}>外观</th>
            <th style={{ width: '32mm' }}>功能</th>
          </tr>
        </thead>
        <tbody>
          {body.lines.map((l) => (
            <tr key={l.lineNo}>
              <td className="num">{l.lineNo}</td>
              <td className="code">{l.productCode}</td>
              <td>
                {l.productName} {l.spec}
                {l.problem && <div style={{ fontSize: '9pt' }}>问题：{l.problem}</div>}
              </td>
              <td className="num">{l.quantity} {l.unit}</td>
              <td>{mark(l.appearanceOk)}</td>
              <td>{mark(l.functionOk)}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={3} className="label">合计数量</td>
            <td className="num" data-testid="print-acceptance-total">{total}</td>
            <td colSpan={2} className="label">结论：{body.passed ? '验收合格' : `不合格，整改责任人 ${body.responsible ?? ''}，24 小时内答复`}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">备注</div>
      <div className="print-note">{body.remark ?? '无'}</div>
      <div className="print-section-title">客户签字确认</div>
      <table className="print-table" data-testid="print-acceptance-signature">
        <colgroup>
          <col style={{ width: '28mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col style={{ width: '40mm' }} />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">客户签字人</td>
            <td>{body.signatory}</td>
            <td className="label">签字日期</td>
            <td>{body.signedOn}</td>
          </tr>
          <tr>
            <td className="label">客户签字（盖章）</td>
            <td colSpan={3} style={{ height: '26mm' }} />
          </tr>
          <tr>
            <td className="label">售后服务</td>
            <td>{header.drafterName}</td>
            <td className="label">日期</td>
            <td />
          </tr>
        </tbody>
      </table>
      <PrintFootnote printedBy={printedBy} printedAt={printedAt} copy={copy} version={header.version} />
    </article>
  )
}
