import type { DocumentView } from '../../../../shared/api'
import { formatShanghai } from '../../../../shared/dates'
import { stateLabel } from '../../../../shared/doc-types'
import { PrintFootnote, PrintHeading } from '../../print/print-heading'
import type { PrintContext } from '../../print/print-page'
import { PrintSignatures } from '../../print/print-signatures'
import type { WorkOrderBody } from './work-order-body'

/**
 * 派工单 on A4 (docs/printed-forms.md), carried by the installers: the site and its contact, who installs,
 * when, what and how many, the manager's approval from the trail, and boxes for the result on site. No
 * money on the form (the installers do not need it); the QR of its number is the heading's.
 */
export function WorkOrderPrintSheet({ view, body, companyName, printedBy, printedAt, copy }: { view: DocumentView; body: WorkOrderBody } & PrintContext) {
  const { header } = view
  const total = body.lines.reduce((sum, l) => sum + l.quantity, 0)
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <PrintHeading companyName={companyName} title="派工单" docNo={header.docNo} copy={copy} voided={header.state === 'voided'} />
      <div className="print-meta">
        <span>
          派工单号：<b data-testid="print-doc-no">{header.docNo}</b>
        </span>
        <span>开单日期：{formatShanghai(header.createdAt, false)}</span>
        <span>状态：{stateLabel(header.docType, header.state, header.closedAt !== null)}</span>
      </div>
      <div className="print-section-title">安装现场</div>
      <table className="print-table" data-testid="print-work-order-site">
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
            <td className="label">现场联系人</td>
            <td>{body.contactName}</td>
            <td className="label">联系电话</td>
            <td className="code">{body.contactPhone}</td>
          </tr>
          <tr>
            <td className="label">计划开工</td>
            <td>{body.plannedStart}</td>
            <td className="label">计划完工</td>
            <td>{body.plannedEnd}</td>
          </tr>
          <tr>
            <td className="label">安装人员</td>
            <td colSpan={3} data-testid="print-work-order-installers">{body.installers.map((i) => `${i.name}（${i.phone}）`).join('　')}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">安装明细</div>
      <table className="print-table" data-testid="print-work-order-lines">
        <thead>
          <tr>
            <th style={{ width: '10mm' }}>行</th>
            <th style={{ width: '30mm' }}>产品编码</th>
            <th>产品名称</th>
            <th>规格型号</th>
            <th style={{ width: '18mm' }}>数量</th>
            <th style={{ width: '12mm' }}>单位</th>
            <th style={{ width: '26mm' }}>安装确认</th>
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
              <td />
            </tr>
          ))}
          <tr>
            <td colSpan={4} className="label">合计数量</td>
            <td className="num" data-testid="print-work-order-total">{total}</td>
            <td colSpan={2} />
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">备注</div>
      <div className="print-note">{body.remark ?? '无'}</div>
      <div className="print-section-title">现场完工记录（安装人员填写）</div>
      <table className="print-table" data-testid="print-work-order-result">
        <colgroup>
          <col style={{ width: '24mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">完工日期</td>
            <td>{body.completedOn ?? ''}</td>
            <td className="label">安装人员签字</td>
            <td />
          </tr>
          <tr>
            <td className="label">安装情况</td>
            <td colSpan={3} style={{ height: '18mm', verticalAlign: 'top' }}>{body.resultNotes ?? ''}</td>
          </tr>
          <tr>
            <td className="label">客户现场签字</td>
            <td />
            <td className="label">日期</td>
            <td />
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">审批</div>
      <PrintSignatures header={header} chain={view.chain} />
      <PrintFootnote printedBy={printedBy} printedAt={printedAt} copy={copy} version={header.version} />
    </article>
  )
}
