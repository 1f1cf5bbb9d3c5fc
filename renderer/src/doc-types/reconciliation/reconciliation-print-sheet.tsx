import type { DocumentView } from '../../../../shared/api'
import { stateLabel } from '../../../../shared/doc-types'
import { DIFFERENCE_FIGURE_LABELS, SIDE_LABELS, type SideFiguresDto } from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { monthLabel } from '../../../../shared/doc-types/reconciliation/reconciliation-month'
import { capitalAmount, formatYuan } from '../../../../shared/money'
import { ROLES, type RoleKey } from '../../../../shared/roles'
import { formatDateTime } from '../../format/datetime'
import { PrintFootnote, PrintHeading } from '../../print/print-heading'
import type { PrintContext } from '../../print/print-page'
import type { ReconciliationBody } from './reconciliation-body'
import { useAllSnapshotLines } from './use-snapshot-lines'

const y = (fen: number | null) => (fen === null ? '—' : formatYuan(fen))
const FIGURES: Array<[keyof SideFiguresDto, string]> = [
  ['shippedFen', '发货/签收'], ['receivableFen', '应收'], ['collectedFen', '已回款'], ['invoicedFen', '已开票'], ['balanceFen', '期末应收余额'],
]

/**
 * 月末对帐单 on A4 (docs/printed-forms.md): the month and its bound, both sides' totals in figures and 大写
 * (R23), the difference lines as recorded (corrections beside what they correct), every contract of the
 * stored snapshot, and the two sides' signatures (R17). A balance below zero (预收) reads 负… in 大写 (capitalAmount).
 */
export function ReconciliationPrintSheet({ view, body, companyName, printedBy, printedAt, copy }: { view: DocumentView; body: ReconciliationBody } & PrintContext) {
  const { header } = view
  const { lines, error } = useAllSnapshotLines(header.id, false)
  const t = body.totals
  return (
    <article className="print-sheet" data-testid="print-sheet" data-ready={lines !== null ? 'true' : 'false'}>
      <PrintHeading companyName={companyName} title="月末对帐单" docNo={header.docNo} copy={copy} voided={false} />
      <div className="print-meta">
        <span>
          对帐单号：<b data-testid="print-doc-no">{header.docNo}</b>
        </span>
        <span>对帐月份：{monthLabel(body.month)}（截至 {body.boundOn} 0:00）</span>
        <span>期初：{body.previousNo ?? '首次对帐'}</span>
        <span>状态：{stateLabel(header.docType, header.state, header.closedAt !== null)}</span>
      </div>
      <div className="print-section-title">双方合计（{t.contracts} 份未关闭合同，其中 {t.differing} 份双方不一致）</div>
      <table className="print-table" data-testid="print-reconciliation-totals">
        <thead>
          <tr>
            <th>项目</th>
            <th>销售方（合同台帐）</th>
            <th>财务方（应收帐）</th>
            <th>差额</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="label">合同金额</td>
            <td className="num">{y(t.amountFen)}</td>
            <td className="num">{y(t.amountFen)}</td>
            <td className="num">0.00</td>
          </tr>
          <tr>
            <td className="label">期初余额</td>
            <td className="num">{y(t.openingSalesBalanceFen)}</td>
            <td className="num">{y(t.openingFinanceBalanceFen)}</td>
            <td className="num">{y(t.openingSalesBalanceFen - t.openingFinanceBalanceFen)}</td>
          </tr>
          {FIGURES.map(([k, label]) => (
            <tr key={k}>
              <td className="label">{label}</td>
              <td className="num">{y(t.sales[k])}</td>
              <td className="num">{y(t.finance[k])}</td>
              <td className="num">{y(t.sales[k] - t.finance[k])}</td>
            </tr>
          ))}
          <tr>
            <td className="label">已回款（大写）</td>
            <td colSpan={3} data-testid="print-reconciliation-collected-capital">{capitalAmount(t.sales.collectedFen)}</td>
          </tr>
          <tr>
            <td className="label">销售方余额（大写）</td>
            <td colSpan={3} data-testid="print-reconciliation-sales-capital">{capitalAmount(t.sales.balanceFen)}</td>
          </tr>
          <tr>
            <td className="label">财务方余额（大写）</td>
            <td colSpan={3} data-testid="print-reconciliation-finance-capital">{capitalAmount(t.finance.balanceFen)}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-section-title">差异记录（{body.differences.length} 行）</div>
      <table className="print-table" data-testid="print-reconciliation-differences">
        <colgroup>
          <col style={{ width: '8mm' }} />
          <col style={{ width: '28mm' }} />
          <col style={{ width: '16mm' }} />
          <col style={{ width: '22mm' }} />
          <col style={{ width: '22mm' }} />
          <col />
          <col style={{ width: '26mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>行</th>
            <th>合同</th>
            <th>项目</th>
            <th>销售方</th>
            <th>财务方</th>
            <th>说明</th>
            <th>处理</th>
          </tr>
        </thead>
        <tbody>
          {body.differences.length === 0 && (
            <tr>
              <td colSpan={7}>无</td>
            </tr>
          )}
          {body.differences.map((d) => (
            <tr key={d.id}>
              <td className="num">{d.lineNo}</td>
              <td className="code">{d.contractNo ?? '—'}</td>
              <td>{DIFFERENCE_FIGURE_LABELS[d.figure]}</td>
              <td className="num">{y(d.salesFen)}</td>
              <td className="num">{y(d.financeFen)}</td>
              <td>
                {d.correctsLineNo ? `（更正第 ${d.correctsLineNo} 行）` : ''}
                {d.correctedByLineNo ? `（已由第 ${d.correctedByLineNo} 行更正）` : ''}
                {d.explanation}
              </td>
              <td>{`${SIDE_LABELS[d.resolverSide]}：${d.resolverName}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-section-title">合同明细（每格：销售方 / 财务方）</div>
      {error && <div className="print-note">明细读取失败：{error}</div>}
      <table className="print-table print-reconciliation-lines" data-testid="print-lines">
        <colgroup>
          <col style={{ width: '9mm' }} />
          <col style={{ width: '26mm' }} />
          <col />
          <col style={{ width: '19mm' }} />
          <col style={{ width: '30mm' }} />
          <col style={{ width: '19mm' }} />
          <col style={{ width: '19mm' }} />
          <col style={{ width: '30mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>合同号</th>
            <th>客户</th>
            <th>合同金额</th>
            <th>发货/签收</th>
            <th>已回款</th>
            <th>已开票</th>
            <th>期末余额</th>
          </tr>
        </thead>
        <tbody>
          {lines !== null && lines.length === 0 && (
            <tr>
              <td colSpan={8}>本月末没有未关闭的已签合同</td>
            </tr>
          )}
          {(lines ?? []).map((l) => (
            <tr key={l.lineNo} className={l.differs ? 'differs' : undefined}>
              <td className="num">{l.lineNo}</td>
              <td className="code">{l.contractNo}</td>
              <td>{l.customerName}</td>
              <td className="num">{y(l.amountFen)}</td>
              <td className="num">{`${y(l.sales.shippedFen)} / ${y(l.finance.shippedFen)}`}</td>
              <td className="num">{y(l.sales.collectedFen)}</td>
              <td className="num">{y(l.sales.invoicedFen)}</td>
              <td className="num">{`${y(l.sales.balanceFen)} / ${y(l.finance.balanceFen)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-section-title">双方签认</div>
      <div className="print-signatures" style={{ gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' }} data-testid="print-signatures">
        {(['sales', 'finance'] as const).map((side) => {
          const s = body.signatures.find((x) => x.side === side)
          return (
            <div className="print-signature" key={side} data-testid={`print-signature-${side}`}>
              <div className="post">{SIDE_LABELS[side]}方</div>
              <div className="name">
                {s?.userName ?? ''}
                {s && <span className="role">（{ROLES[s.role as RoleKey] ?? s.role}）</span>}
              </div>
              <div className="date">日期：{s ? formatDateTime(s.at) : ''}</div>
            </div>
          )
        })}
      </div>
      <PrintFootnote printedBy={printedBy} printedAt={printedAt} copy={copy} version={header.version} />
    </article>
  )
}
