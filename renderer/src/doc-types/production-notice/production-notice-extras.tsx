import { EditOutlined, ImportOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useNavigate } from 'react-router-dom'
import { isClosed, isEditableState } from '../../documents/lifecycle-checks'
import { useMe } from '../../session/session-context'
import { useCanCall } from '../../session/can-call'
import type { TypeViewProps } from '../doc-type-ui'
import type { ProductionNoticeBody } from './production-notice-body'

/**
 * 编辑 for the planner who drafted it while editable; 按此通知单入库 for production once it is signed and
 * open (R6 → R7; the form shows what it still lacks); 打印预览 once it is not voided (docs/printed-forms.md).
 */
export function ProductionNoticeExtras({ header }: TypeViewProps<ProductionNoticeBody>) {
  const me = useMe()
  const navigate = useNavigate()
  const mayInbound = useCanCall('inbound.create')
  const canEdit = isEditableState(header) && !isClosed(header) && header.drafterUserId === me.id
  const canInbound = header.state === 'approved' && !isClosed(header) && mayInbound
  return (
    <>
      {canInbound && (
        <Button icon={<ImportOutlined />} onClick={() => navigate(`/inbound/new?noticeId=${header.id}`)} data-testid="notice-inbound">
          按此通知单入库
        </Button>
      )}
      {canEdit && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/production-notices/${header.id}/edit`)} data-testid="doc-edit">
          编辑
        </Button>
      )}
      {header.state !== 'voided' && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/productionNotice/${header.id}`)} data-testid="doc-print">
          打印预览
        </Button>
      )}
    </>
  )
}
