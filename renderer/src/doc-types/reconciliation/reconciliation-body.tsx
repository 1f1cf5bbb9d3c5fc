import { Descriptions, Table, Tag } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import {
  DIFFERENCE_FIGURE_LABELS, SIDE_LABELS, type ReconciliationDifferenceDto, type SideFiguresDto,
} from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { monthLabel } from '../../../../shared/doc-types/reconciliation/reconciliation-month'
import { formatYuan } from '../../../../shared/money'
import { ROLES, type RoleKey } from '../../../../shared/roles'
import { Section } from '../../documents/section'
import { formatDateTime } from '../../format/datetime'
import type { BodyOf } from '../doc-type-ui'
import { ReconciliationLinesTable } from './reconciliation-lines-table'

export type ReconciliationBody = BodyOf<'reconciliation'>

const yuan = (fen: number | null) => (fen === null ? '—' : <span className="tabular-nums">{formatYuan(fen)}</span>)
const FIGURES: Array<[keyof SideFiguresDto, string]> = [
  ['shippedFen', '发货/签收'], ['receivableFen', '应收'], ['collectedFen', '已回款'], ['invoicedFen', '已开票'], ['balanceFen', '期末余额'],
]

/** 月末对帐 (R17): the month, both sides' totals of the stored snapshot, the difference lines, the signatures, the rows. */
export function ReconciliationBodyView({ header, body }: { header: DocumentHeaderDto; body: ReconciliationBody }) {
  const t = body.totals
  const totals = [
    { key: 'opening', label: '期初余额', sales: t.openingSalesBalanceFen, finance: t.openingFinanceBalanceFen },
    ...FIGURES.map(([k, label]) => ({ key: k, label, sales: t.sales[k], finance: t.finance[k] })),
  ]
  return (
    <div data-testid="doc-body-reconciliation">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'month', label: '对帐月份', children: <span data-testid="reconciliation-month">{monthLabel(body.month)}</span> },
          { key: 'bound', label: '快照截至', children: <span className="tabular-nums">{body.boundOn} 0:00 前</span> },
          { key: 'started', label: '开始时间', children: formatDateTime(body.startedAt) },
          { key: 'previous', label: '上月对帐单', children: body.previousId ? <Link to={`/documents/${body.previousId}`}>{body.previousNo}</Link> : '无（首次对帐）' },
          { key: 'contracts', label: '合同数', children: <span data-testid="reconciliation-contracts">{t.contracts}</span> },
          { key: 'differing', label: '双方不一致', children: <span data-testid="reconciliation-differing">{t.differing}</span> },
          { key: 'amount', label: '合同金额合计（元）', children: yuan(t.amountFen) },
          { key: 'locked', label: '锁定', children: body.lockedAt ? <Tag color="success" data-testid="reconciliation-locked">已锁定 {formatDateTime(body.lockedAt)}</Tag> : <Tag>未锁定</Tag> },
        ]}
      />
      <Section title="双方合计" testId="reconciliation-totals">
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={totals}
          columns={[
            { title: '项目', dataIndex: 'label' },
            { title: '销售方（合同台帐）', dataIndex: 'sales', align: 'right', render: yuan },
            { title: '财务方（应收帐）', dataIndex: 'finance', align: 'right', render: yuan },
            { title: '差额', align: 'right', render: (_, r) => <span style={r.sales !== r.finance ? { color: '#cf1322' } : undefined}>{yuan(r.sales - r.finance)}</span> },
          ]}
        />
      </Section>
      <Section title={`差异记录（${body.differences.length}）`} testId="reconciliation-differences">
        <Table<ReconciliationDifferenceDto>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={body.differences}
          locale={{ emptyText: '尚无差异记录' }}
          onRow={(r) => ({ 'data-testid': `reconciliation-difference-${r.lineNo}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '行', dataIndex: 'lineNo', width: 48 },
            { title: '合同', dataIndex: 'contractNo', render: (no: string | null) => no ?? '—' },
            { title: '项目', dataIndex: 'figure', render: (f: ReconciliationDifferenceDto['figure']) => DIFFERENCE_FIGURE_LABELS[f] },
            { title: '销售方', dataIndex: 'salesFen', align: 'right', render: yuan },
            { title: '财务方', dataIndex: 'financeFen', align: 'right', render: yuan },
            {
              title: '说明', dataIndex: 'explanation',
              render: (text: string, r) => (
                <>
                  {r.correctsLineNo && <Tag color="blue">更正第 {r.correctsLineNo} 行</Tag>}
                  {r.correctedByLineNo && <Tag>已由第 {r.correctedByLineNo} 行更正</Tag>}
                  {text}
                </>
              ),
            },
            { title: '处理', render: (_, r) => `${SIDE_LABELS[r.resolverSide]}：${r.resolverName}` },
            { title: '记录', render: (_, r) => `${r.recordedByName} ${formatDateTime(r.recordedAt)}` },
          ]}
        />
      </Section>
      <Section title="双方签认" testId="reconciliation-signatures">
        <Descriptions
          size="small"
          column={2}
          items={(['sales', 'finance'] as const).map((side) => {
            const s = body.signatures.find((x) => x.side === side)
            return {
              key: side, label: `${SIDE_LABELS[side]}方`,
              children: <span data-testid={`reconciliation-signature-${side}`}>{s ? `${s.userName}（${ROLES[s.role as RoleKey] ?? s.role}）${formatDateTime(s.at)}` : '待签认'}</span>,
            }
          })}
        />
      </Section>
      <Section title="合同明细（月末快照）" testId="reconciliation-snapshot">
        <ReconciliationLinesTable id={header.id} version={header.version} />
      </Section>
    </div>
  )
}
