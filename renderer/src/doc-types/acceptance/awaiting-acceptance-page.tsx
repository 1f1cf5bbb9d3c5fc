import { Button, Card, Empty, Table } from 'antd'
import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { AwaitingAcceptanceDto } from '../../../../shared/doc-types/acceptance/acceptance-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { RectificationTable } from '../rectification/rectification-table'
import type { RectificationQueueRowDto } from '../../../../shared/doc-types/rectification/rectification-body'

/** Route /acceptances/pending — service's queue (R13): completed work orders awaiting acceptance, and rectifications to answer or re-accept. */
export function AwaitingAcceptancePage() {
  const navigate = useNavigate()
  const [rows, setRows] = useState<AwaitingAcceptanceDto[] | null>(null)
  const [rects, setRects] = useState<RectificationQueueRowDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('acceptances.awaiting', {}).then(setRows, (e: unknown) => setError(errorText(e)))
    call('rectifications.open', {}).then(setRects, (e: unknown) => setError(errorText(e)))
  }, [])
  if (error) return <Empty description={error} />
  return (
    <div>
      <Card title="待验收（派工单已完工）" data-testid="awaiting-acceptance" style={{ marginBottom: 16 }}>
        <Table<AwaitingAcceptanceDto>
          size="small" rowKey="workOrderId" loading={rows === null} dataSource={rows ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: '派工单', dataIndex: 'workOrderNo', render: (no: string, r) => <a onClick={() => navigate(`/documents/${r.workOrderId}`)}>{no}</a> },
            { title: '合同号', dataIndex: 'contractNo' },
            { title: '客户', dataIndex: 'customerName' },
            { title: '完工日期', dataIndex: 'completedOn' },
            { title: '安装 / 已验收', key: 'q', align: 'right', render: (_, r) => <span className="tabular-nums">{r.installed} / {r.accounted}</span> },
            { title: '', key: 'go', width: 110, render: (_, r) => (
              <Button size="small" type="primary" onClick={() => navigate(`/acceptances/new?workOrder=${r.workOrderId}`)} data-testid={`awaiting-accept-${r.workOrderNo}`}>记录验收</Button>
            ) },
          ]}
        />
      </Card>
      <Card title="整改（待答复、待复验）" data-testid="open-rectifications">
        <RectificationTable rows={rects} />
      </Card>
    </div>
  )
}
