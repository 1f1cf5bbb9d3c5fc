import { EditOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useNavigate } from 'react-router-dom'
import { isClosed, isEditableState } from '../../documents/lifecycle-checks'
import { useMe } from '../../session/session-context'
import type { TypeViewProps } from '../doc-type-ui'
import type { ProductionNoticeBody } from './production-notice-body'

/** 编辑 for the planner who drafted it while editable; 打印预览 once it is not voided (docs/printed-forms.md). */
export function ProductionNoticeExtras({ header }: TypeViewProps<ProductionNoticeBody>) {
  const me = useMe()
  const navigate = useNavigate()
  const canEdit = isEditableState(header) && !isClosed(header) && header.drafterUserId === me.id
  return (
    <>
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
