import { Table } from 'antd'
import type { SealUsageDto } from '../../../../shared/api'
import { formatDateTime } from '../../format/datetime'

/** 用章登记 of one contract (R4). */
export function SealUsageTable({ seals }: { seals: SealUsageDto[] }) {
  return (
    <Table<SealUsageDto>
      size="small"
      bordered
      rowKey="id"
      pagination={false}
      dataSource={seals}
      locale={{ emptyText: '尚未使用合同章' }}
      data-testid="doc-seals"
      columns={[
        { title: '用章时间', dataIndex: 'usedAt', width: 150, render: (at: string) => <span className="tabular-nums">{formatDateTime(at)}</span> },
        { title: '经办人', dataIndex: 'usedByName', width: 120 },
        { title: '份数', dataIndex: 'copies', width: 70, align: 'right' },
        { title: '用途', dataIndex: 'purpose', ellipsis: { showTitle: true } },
      ]}
    />
  )
}
