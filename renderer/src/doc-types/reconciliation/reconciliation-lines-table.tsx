import { Switch, Table, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { Link } from 'react-router-dom'
import type { ReconciliationLineDto } from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { formatYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'

const PAGE_SIZE = 50
const yuan = (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span>
/** A pair of figures, sales over finance; red where they differ. */
const pair = (s: number, f: number) => (
  <span className={s !== f ? 'reconciliation-differs' : undefined} style={s !== f ? { color: '#cf1322' } : undefined}>
    {yuan(s)}
    <br />
    {yuan(f)}
  </span>
)

/** The stored snapshot's rows, a page at a time from the core (never recomputed); 只看差异 shows the rows where the sides differ. */
export function ReconciliationLinesTable({ id, version }: { id: number; version: number }) {
  const [page, setPage] = useState(1)
  const [onlyDiffering, setOnlyDiffering] = useState(false)
  const [data, setData] = useState<{ rows: ReconciliationLineDto[]; total: number } | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let alive = true
    call('reconciliations.lines', { id, page, pageSize: PAGE_SIZE, onlyDiffering })
      .then((d) => alive && setData(d))
      .catch((caught: unknown) => alive && setError(errorText(caught)))
    return () => {
      alive = false
    }
  }, [id, page, onlyDiffering, version])
  return (
    <div data-testid="reconciliation-lines">
      <div style={{ marginBottom: 8, display: 'flex', gap: 8, alignItems: 'center' }}>
        <Switch size="small" checked={onlyDiffering} onChange={(v) => { setOnlyDiffering(v); setPage(1) }} data-testid="reconciliation-only-differing" />
        <span>只看双方不一致的合同</span>
        <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>每格上行为销售方，下行为财务方</Typography.Text>
      </div>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Table<ReconciliationLineDto>
        size="small"
        rowKey="lineNo"
        dataSource={data?.rows ?? []}
        loading={!data && !error}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 份合同` }}
        onRow={(r) => ({ 'data-testid': `reconciliation-line-${r.contractNo}`, 'data-differs': String(r.differs) }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '序号', dataIndex: 'lineNo', width: 56 },
          { title: '合同号', dataIndex: 'contractNo', render: (no: string, r) => <Link to={`/documents/${r.contractId}`}>{no}</Link> },
          { title: '客户', dataIndex: 'customerName', ellipsis: true },
          { title: '合同金额', dataIndex: 'amountFen', align: 'right', render: yuan },
          { title: '期初余额', align: 'right', render: (_, r) => pair(r.openingSalesBalanceFen, r.openingFinanceBalanceFen) },
          { title: '发货/签收', align: 'right', render: (_, r) => pair(r.sales.shippedFen, r.finance.shippedFen) },
          { title: '应收', align: 'right', render: (_, r) => pair(r.sales.receivableFen, r.finance.receivableFen) },
          { title: '已回款', align: 'right', render: (_, r) => pair(r.sales.collectedFen, r.finance.collectedFen) },
          { title: '已开票', align: 'right', render: (_, r) => pair(r.sales.invoicedFen, r.finance.invoicedFen) },
          { title: '期末余额', align: 'right', render: (_, r) => pair(r.sales.balanceFen, r.finance.balanceFen) },
        ]}
      />
    </div>
  )
}
