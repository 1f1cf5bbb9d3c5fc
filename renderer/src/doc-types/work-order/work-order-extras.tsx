import { CheckCircleOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { isClosed, isEditableState } from '../../documents/lifecycle-checks'
import { useCanCall } from '../../session/can-call'
import { useMe } from '../../session/session-context'
import type { TypeViewProps } from '../doc-type-ui'
import type { WorkOrderBody } from './work-order-body'
import { RecordResultModal } from './record-result-modal'

/** Printed once approved: the installers carry it to the site (with the QR of its number). */
const PRINTABLE_STATES: readonly string[] = ['approved', 'completed']

/** 编辑 for the clerk who drafted it while editable; 记录安装结果 for service while approved; 打印预览 once approved. */
export function WorkOrderExtras({ header, onChanged }: TypeViewProps<WorkOrderBody>) {
  const me = useMe()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [recording, setRecording] = useState(false)
  const canRecord = useCanCall('workOrders.recordResult') && header.state === 'approved' && !isClosed(header)
  // R13: service records the customer's acceptance of a completed work order.
  const canAccept = useCanCall('acceptances.record') && header.state === 'completed' && !isClosed(header)
  const canEdit = isEditableState(header) && !isClosed(header) && header.drafterUserId === me.id
  return (
    <>
      {canEdit && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/work-orders/${header.id}/edit`)} data-testid="doc-edit">
          编辑
        </Button>
      )}
      {canRecord && (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setRecording(true)} data-testid="work-order-record">
          记录安装结果
        </Button>
      )}
      {canRecord && (
        <RecordResultModal
          open={recording}
          id={header.id}
          version={header.version}
          onClose={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false)
            message.success(`${header.docNo} 已完工`)
            onChanged()
          }}
        />
      )}
      {canAccept && (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => navigate(`/acceptances/new?workOrder=${header.id}`)} data-testid="work-order-accept">
          记录验收
        </Button>
      )}
      {PRINTABLE_STATES.includes(header.state) && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/workOrder/${header.id}`)} data-testid="doc-print">
          打印预览
        </Button>
      )}
    </>
  )
}
