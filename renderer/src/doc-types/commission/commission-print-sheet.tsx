import type { DocumentView } from '../../../../shared/api'
import { stateLabel } from '../../../../shared/doc-types'
import { OVERDUE_BUCKET_LABELS, OVERDUE_BUCKETS } from '../../../../shared/doc-types/commission/commission-rules'
import { capitalAmount, formatYuan } from '../../../../shared/money'
import { formatBps } from '../../../../shared/percent'
import { PrintFootnote, PrintHeading } from '../../print/print-heading'
import type { PrintContext } from '../../print/print-page'
import { PrintSignatures } from '../../print/print-signatures'
import type { CommissionBody } from './commission-body'
import { policyText } from './commission-lines'

/**
 * 提成单 on A4 (docs/printed-forms.md): the salesperson and month, every contract's figures (collected this
 * month, rate, commission, overdue at the month's end, deduction), the amount in figures and 大写 (R23),
 * what has been paid out, and the four signatures — the clerk who filled it, finance, the finance VP, the GM.
 */
export function CommissionPrintSheet({ view, body, companyName, printedBy, printedAt, copy }: { view: DocumentView; body: CommissionBody } & PrintContext) {
  const { header } = view
  const f = body.figures
  const y = (fen: number) => formatYuan(fen)
  const buckets = (o: Partial<Record<(typeof OVERDUE_BUCKETS)[number], number>>) =>
    OVERDUE_BUCKETS.filter((b) => (o[b] ?? 0) > 0).map((b) => `${OVERDUE_BUCKET_LABELS[b].replace('逾期', '')} ${y(o[b]!)}`).join('；')
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <PrintHeading companyName={companyName} title="提成单" docNo={header.docNo} copy={copy} voided={header.state === 'voided'} />
      <div className="print-meta">
        <span>
          单号：<b data-testid="print-doc-no">{header.docNo}</b>
        </span>
        <span>业务员：{f.salespersonName}</span>
        <span>提成月份：{f.month}</span>
        <span>状态：{stateLabel(header.docType, header.state, header.closedAt !== null)}</span>
      </div>
      <div className="print-note" style={{ marginBottom: '2mm' }}>提成政策 {policyText(f)}</div>
      <table className="print-table" data-testid="print-commission-lines">
        <thead>
          <tr>
            <th style={{ width: '8mm' }}>行</th>
            <th style={{ width: '25mm' }}>销售合同</th>
            <th>客户</th>
            <th style={{ width: '22mm' }}>本月回款</th>
            <th style={{ width: '11mm' }}>比例</th>
            <th style={{ width: '18mm' }}>提成</th>
            <th style={{ width: '22mm' }}>月末逾期未收</th>
            <th style={{ width: '18mm' }}>逾期扣减</th>
          </tr>
        </thead>
        <tbody>
          {f.lines.map((l) => (
            <tr key={l.lineNo}>
              <td className="num">{l.lineNo}</td>
              <td className="code">{l.contractNo}</td>
              <td>{l.customerName}</td>
              <td className="num">{y(l.collectedFen)}</td>
              <td className="num">{formatBps(l.rateBps)}</td>
              <td className="num">{y(l.commissionFen)}</td>
              <td className="num">{l.overdueFen > 0 ? <>{y(l.overdueFen)}<br /><small>{buckets(l.overdue)}</small></> : '—'}</td>
              <td className="num">{l.deductionFen > 0 ? `-${y(l.deductionFen)}` : y(0)}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={3}>合计</td>
            <td className="num">{y(f.collectedFen)}</td>
            <td />
            <td className="num">{y(f.commissionFen)}</td>
            <td />
            <td className="num">{f.deductionFen > 0 ? `-${y(f.deductionFen)}` : y(0)}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">应发提成</div>
      <table className="print-table" data-testid="print-commission-amount">
        <colgroup>
          <col style={{ width: '26mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">金额（小写）</td>
            <td className="num">¥{y(f.payableFen)}</td>
          </tr>
          <tr>
            <td className="label">金额（大写）</td>
            <td data-testid="print-commission-capital">{capitalAmount(f.payableFen)}</td>
          </tr>
          <tr>
            <td className="label">已发放</td>
            <td>{body.payouts.length === 0 ? '尚未发放' : body.payouts.map((p) => `${p.paidOn} ¥${y(p.amountFen)}`).join('；')}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-note" style={{ marginTop: '1mm' }}>
        提成 = 本月分配到合同的回款 × 提成比例；扣减 = 月末逾期未收 × 账龄段扣减比例；每行四舍五入到分；应发 = 提成合计 − 扣减合计（不低于 0）。
      </div>
      <div className="print-section-title">备注</div>
      <div className="print-note">{body.remark ?? '无'}</div>
      <div className="print-section-title">审批</div>
      <PrintSignatures header={header} chain={view.chain} />
      <PrintFootnote printedBy={printedBy} printedAt={printedAt} copy={copy} version={header.version} />
    </article>
  )
}
