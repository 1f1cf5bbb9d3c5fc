import { Button, Card, Empty, Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { PendingInstallationDto } from '../../../../shared/doc-types/work-order/work-order-body'
import { stateLabel } from '../../../../shared/doc-types'
import { formatYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'

/** Route /work-orders/pending — the clerk's list: contracts with goods shipped and installation pending; which the first payment holds (R12). */
export function PendingInstallationPage() {
  const navigate = useNavigate()
  const [rows, setRows] = useState<PendingInstallationDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('workOrders.pendingInstallation', {}).then(setRows, (e: unknown) => setError(errorText(e)))
  }, [])
  return (
    <Card title="待派工（已发货、需要安装）" data-testid="pending-installation">
      {error ? (
        <Empty description={error} />
      ) : (
        <Table<PendingInstallationDto>
          size="small"
          rowKey="contractId"
          loading={rows === null}
          dataSource={rows ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: '合同号', dataIndex: 'contractNo', render: (no: string, r) => <a onClick={() => navigate(`/documents/${r.contractId}`)}>{no}</a> },
            { title: '客户', dataIndex: 'customerName' },
            { title: '状态', dataIndex: 'state', render: (s: string) => stateLabel('contract', s) },
            { title: '已发货 / 已派工', key: 'q', align: 'right', render: (_, r) => <span className="tabular-nums">{r.shippedQuantity} / {r.orderedQuantity}</span> },
            {
              title: '首期款', key: 'first',
              render: (_, r) =>
                r.heldByFirstPayment ? (
                  <Tag color="warning" data-testid={`pending-held-${r.contractNo}`}>
                    未到账：应收 ¥{formatYuan(r.firstPayment.requiredFen)}，已到 ¥{formatYuan(r.firstPayment.receivedFen)}
                  </Tag>
                ) : (
                  <Tag color="success">已到账</Tag>
                ),
            },
            {
              title: '', key: 'go', width: 110,
              render: (_, r) => (
                <Button size="small" type="primary" disabled={r.heldByFirstPayment} onClick={() => navigate(`/work-orders/new?contract=${r.contractId}`)} data-testid={`pending-make-${r.contractNo}`}>
                  开派工单
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  )
}
