import { Descriptions, Table, Tooltip } from 'antd'
import type { CommissionFiguresDto, CommissionLineDto } from '../../../../shared/doc-types/commission/commission-body'
import { OVERDUE_BUCKET_LABELS, OVERDUE_BUCKETS } from '../../../../shared/doc-types/commission/commission-rules'
import { formatYuan } from '../../../../shared/money'
import { formatBps } from '../../../../shared/percent'

const yuan = (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span>

/** The overdue amount of a line, with its aging buckets on hover (R16: what the deduction is taken on). */
function Overdue({ l }: { l: CommissionLineDto }) {
  if (l.overdueFen === 0) return <span style={{ color: 'rgba(0,0,0,0.45)' }}>—</span>
  const parts = OVERDUE_BUCKETS.filter((b) => (l.overdue[b] ?? 0) > 0).map((b) => `${OVERDUE_BUCKET_LABELS[b]} ${formatYuan(l.overdue[b]!)}`)
  return <Tooltip title={parts.join('；')}>{yuan(l.overdueFen)}</Tooltip>
}

/** The policy the figures were computed at: the rate, and the deduction per aging bucket. */
export function policyText(f: Pick<CommissionFiguresDto, 'policyVersion' | 'rateBps' | 'overdueRates'>): string {
  const rates = OVERDUE_BUCKETS.map((b) => `${OVERDUE_BUCKET_LABELS[b]} ${formatBps(f.overdueRates[b])}`).join('，')
  return `第 ${f.policyVersion ?? '—'} 版：回款提成 ${formatBps(f.rateBps)}；逾期扣减（按月末逾期未收金额）${rates}`
}

/**
 * R16: every contract's figures that make up a person-month's commission — contract, customer, collected
 * this month, rate, commission, overdue at the month's end, deduction — and the totals. Computed, never typed.
 */
export function CommissionLines({ f }: { f: CommissionFiguresDto }) {
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        style={{ marginBottom: 4 }}
        items={[
          { key: 'person', label: '业务员', children: <span style={{ whiteSpace: 'nowrap' }}>{f.salespersonName}</span> },
          { key: 'month', label: '月份', children: <span className="tabular-nums">{f.month}</span> },
          { key: 'payable', label: '应发提成（元）', children: <b data-testid="commission-payable">{yuan(f.payableFen)}</b> },
        ]}
      />
      <div style={{ marginBottom: 12, color: 'rgba(0,0,0,0.65)' }} data-testid="commission-policy">提成政策 {policyText(f)}</div>
      <Table<CommissionLineDto>
        size="small"
        rowKey="lineNo"
        pagination={false}
        dataSource={f.lines}
        data-testid="commission-lines"
        columns={[
          { title: '行', dataIndex: 'lineNo', width: 48 },
          { title: '销售合同', dataIndex: 'contractNo', render: (no: string) => <span className="tabular-nums">{no}</span> },
          { title: '客户', dataIndex: 'customerName' },
          { title: '本月回款（元）', dataIndex: 'collectedFen', align: 'right', render: yuan },
          { title: '提成比例', dataIndex: 'rateBps', align: 'right', render: (b: number) => formatBps(b) },
          { title: '提成（元）', dataIndex: 'commissionFen', align: 'right', render: yuan },
          { title: '月末逾期未收（元）', key: 'overdue', align: 'right', render: (_: unknown, l) => <Overdue l={l} /> },
          { title: '逾期扣减（元）', dataIndex: 'deductionFen', align: 'right', render: (d: number) => (d > 0 ? <span style={{ color: '#cf1322' }}>{yuan(-d)}</span> : yuan(0)) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">{yuan(f.collectedFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
            <Table.Summary.Cell index={5} align="right"><span data-testid="commission-total">{yuan(f.commissionFen)}</span></Table.Summary.Cell>
            <Table.Summary.Cell index={6} />
            <Table.Summary.Cell index={7} align="right"><span data-testid="commission-deduction">{yuan(-f.deductionFen)}</span></Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <div style={{ marginTop: 8, color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
        计算：提成 = 本月分配到本人合同的回款 × 提成比例；扣减 = 月末逾期未收金额 × 对应账龄段扣减比例；每行四舍五入到分；应发 = 提成合计 − 扣减合计（不低于 0）。未分配到合同的预收款不计提成。
      </div>
    </>
  )
}
