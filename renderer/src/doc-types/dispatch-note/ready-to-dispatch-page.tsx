import { Button, Card, Empty, Table } from 'antd'
import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { ReadyToDispatchDto } from '../../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { stateLabel } from '../../../../shared/doc-types'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'

/** Route /dispatch-notes/ready — the clerk's list: signed contracts with stock ready and nothing dispatched (R8). */
export function ReadyToDispatchPage() {
  const navigate = useNavigate()
  const [rows, setRows] = useState<ReadyToDispatchDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('dispatchNotes.readyContracts', {}).then(setRows, (e: unknown) => setError(errorText(e)))
  }, [])
  return (
    <Card title="待开发货单（合同有货、尚未发货）" data-testid="ready-to-dispatch">
      {error ? (
        <Empty description={error} />
      ) : (
        <Table<ReadyToDispatchDto>
          size="small"
          rowKey="contractId"
          loading={rows === null}
          dataSource={rows ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: '合同号', dataIndex: 'contractNo', render: (no: string, r) => <a onClick={() => navigate(`/documents/${r.contractId}`)}>{no}</a> },
            { title: '客户', dataIndex: 'customerName' },
            { title: '交货日期', dataIndex: 'deliveryDate', render: (d: string) => <span className="tabular-nums">{d}</span> },
            { title: '状态', dataIndex: 'state', render: (s: string) => stateLabel('contract', s) },
            { title: '有货行 / 合同行', key: 'lines', align: 'right', render: (_, r) => `${r.linesReady} / ${r.linesOpen}` },
            {
              title: '', key: 'go', width: 110,
              render: (_, r) => <Button size="small" type="primary" onClick={() => navigate(`/dispatch-notes/new?contract=${r.contractId}`)} data-testid={`ready-dispatch-${r.contractNo}`}>开发货单</Button>,
            },
          ]}
        />
      )}
    </Card>
  )
}
