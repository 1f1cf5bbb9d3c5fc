import { Alert, Empty, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState, type HTMLAttributes } from 'react'
import { Link } from 'react-router-dom'
import type { CustomerContractRow } from '../../../shared/api'
import { stateLabel } from '../../../shared/doc-types'
import { formatYuan } from '../../../shared/money'
import { call } from '../api/client'
import { useLoaded } from '../hooks/use-loaded'

const PAGE_SIZE = 10

function stateColor(row: CustomerContractRow): string {
  if (row.closed) return 'default'
  if (row.state === 'approved') return 'blue'
  if (row.state === 'pending') return 'gold'
  if (row.state === 'rejected') return 'red'
  return 'default'
}

const COLUMNS: ColumnsType<CustomerContractRow> = [
  {
    title: '合同号',
    dataIndex: 'contractNo',
    width: 128,
    render: (no: string, row) => (
      <Link to={`/documents/${row.contractId}`} className="tabular-nums" data-testid={`customer-contract-${no}`}>
        {no}
      </Link>
    ),
  },
  { title: '签订日期', dataIndex: 'signedOn', width: 100, render: (day: string) => <span className="tabular-nums">{day}</span> },
  // R23: fen from the core, shown as 元.
  { title: '金额（元）', dataIndex: 'amountFen', align: 'right', render: (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span> },
  { title: '业务员', dataIndex: 'salespersonName', width: 72, ellipsis: { showTitle: true } },
  {
    title: '状态',
    key: 'state',
    width: 80,
    render: (_: unknown, row) => <Tag color={stateColor(row)}>{stateLabel('contract', row.state, row.closed)}</Tag>,
  },
]

/** 合同: the customer's contracts in every state, newest first (the first part of a customer page, issue 10). */
export function CustomerContractsTable({ customerId }: { customerId: number }) {
  const [paging, setPaging] = useState({ customerId, page: 1 })
  const page = paging.customerId === customerId ? paging.page : 1
  const { data, loading, error } = useLoaded(
    `${customerId}|${page}`,
    () => call('customers.contracts', { customerId, page, pageSize: PAGE_SIZE }),
    (method) => method === 'documents.act' || method === 'contracts.createFromApplication',
  )
  if (error) return <Alert type="error" showIcon title={error} data-testid="customer-contracts-error" />
  return (
    <Table<CustomerContractRow>
      size="small"
      rowKey="contractId"
      columns={COLUMNS}
      dataSource={data?.rows ?? []}
      loading={loading}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该客户还没有合同" /> }}
      onRow={(row) => ({ 'data-testid': `customer-contract-row-${row.contractNo}` }) as HTMLAttributes<HTMLElement>}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: data?.total ?? 0,
        hideOnSinglePage: true,
        showSizeChanger: false,
        size: 'small',
        showTotal: (n) => <Typography.Text type="secondary">共 {n} 份合同</Typography.Text>,
        onChange: (next) => setPaging({ customerId, page: next }),
      }}
      data-testid="customer-contracts"
    />
  )
}
