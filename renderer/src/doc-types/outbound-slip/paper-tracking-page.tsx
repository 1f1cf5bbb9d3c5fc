import { Card, Empty, Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { Link } from 'react-router-dom'
import type { Paged } from '../../../../shared/api/common'
import type { PaperTrackingRow } from '../../../../shared/doc-types/outbound-slip/sign-back-body'
import { formatYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'

const PAGE_SIZE = 50

/** Route /sign-backs/paper — the paper that went out with the goods and has not come back signed (R11), oldest first. */
export function PaperTrackingPage() {
  const [page, setPage] = useState(1)
  const [data, setData] = useState<Paged<PaperTrackingRow> | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    setData(null)
    call('signBacks.paperTracking', { page, pageSize: PAGE_SIZE }).then(setData, (e: unknown) => setError(errorText(e)))
  }, [page])
  return (
    <Card title="签收联跟踪（已出库、客户签收联未交回）" data-testid="paper-tracking">
      {error ? (
        <Empty description={error} />
      ) : (
        <Table<PaperTrackingRow>
          size="small"
          rowKey="slipId"
          loading={data === null}
          dataSource={data?.rows ?? []}
          locale={{ emptyText: '没有未交回的签收联' }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 张` }}
          columns={[
            { title: '出库单号', dataIndex: 'slipNo', render: (no: string, r) => <Link to={`/documents/${r.slipId}`} data-testid={`paper-${no}`}>{no}</Link> },
            { title: '客户', dataIndex: 'customerName' },
            { title: '合同号', dataIndex: 'contractNo', render: (no: string, r) => <Link to={`/documents/${r.contractId}`}>{no}</Link> },
            { title: '出库日期', dataIndex: 'postedOn', render: (d: string) => <span className="tabular-nums">{d}</span> },
            {
              title: '已出库天数', dataIndex: 'ageDays', align: 'right',
              render: (n: number) => <Tag color={n > 30 ? 'red' : n > 7 ? 'orange' : 'default'} className="tabular-nums">{n} 天</Tag>,
            },
            { title: '金额（元）', dataIndex: 'amountFen', align: 'right', render: (f: number) => <span className="tabular-nums">{formatYuan(f)}</span> },
          ]}
        />
      )}
    </Card>
  )
}
