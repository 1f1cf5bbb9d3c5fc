import { Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { Link } from 'react-router-dom'
import type { ContractSignBackRow } from '../../../../shared/doc-types/outbound-slip/sign-back-body'
import { formatYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { Section } from '../../documents/section'
import { useCanCall } from '../../session/can-call'

const yuan = (fen: number | undefined) => (fen === undefined ? '—' : <span className="tabular-nums">{formatYuan(fen)}</span>)

/** The contract's family, R11's part: each posted slip with its signed copy and receivable (unpaid after allocations in due-date order). */
export function ContractSignBacks({ contractId }: { contractId: number }) {
  const allowed = useCanCall('signBacks.ofContract')
  const [rows, setRows] = useState<ContractSignBackRow[] | null>(null)
  useEffect(() => {
    if (allowed) call('signBacks.ofContract', { contractId }).then(setRows, () => setRows([]))
  }, [allowed, contractId])
  if (!allowed || !rows || rows.length === 0) return null
  return (
    <Section title="出库、出门证、客户签收与应收" testId="doc-contract-sign-backs">
      <Table<ContractSignBackRow>
        size="small"
        bordered
        pagination={false}
        rowKey="slipId"
        dataSource={rows}
        columns={[
          { title: '出库单', dataIndex: 'slipNo', render: (no: string, r) => <Link to={`/documents/${r.slipId}`}>{no}</Link> },
          { title: '出库日期', dataIndex: 'postedOn', render: (d: string) => <span className="tabular-nums">{d}</span> },
          { title: '金额（元）', dataIndex: 'amountFen', align: 'right', render: yuan },
          {
            title: '出门证', key: 'pass',
            render: (_, r) => (r.gatePass ? <Link to={`/documents/${r.gatePass.id}`} data-testid={`contract-pass-${r.slipNo}`}>{r.gatePass.docNo}</Link> : <Tag>未放行</Tag>),
          },
          { title: '客户签收', key: 'copy', render: (_, r) => (r.copy ? `${r.copy.signedBy} ${r.copy.signedOn}` : <Tag color="orange">未交回</Tag>) },
          { title: '入帐', key: 'booked', render: (_, r) => (r.receivable ? <span className="tabular-nums">{r.receivable.bookedOn}</span> : <Tag>未入帐</Tag>) },
          { title: '到期日', key: 'due', render: (_, r) => (r.receivable ? <span className="tabular-nums">{r.receivable.dueOn}</span> : '—') },
          { title: '未收（元）', key: 'unpaid', align: 'right', render: (_, r) => (r.receivable ? yuan(r.receivable.unpaidFen) : '—') },
          {
            title: '逾期', key: 'overdue', align: 'right',
            render: (_, r) => (r.receivable && r.receivable.overdueDays > 0 ? <Tag color="red">{r.receivable.overdueDays} 天</Tag> : '—'),
          },
        ]}
      />
    </Section>
  )
}
