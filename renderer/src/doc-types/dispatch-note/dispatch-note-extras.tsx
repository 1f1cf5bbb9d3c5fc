import { EditOutlined, ExportOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useNavigate } from 'react-router-dom'
import { isClosed, isEditableState } from '../../documents/lifecycle-checks'
import { useCanCall } from '../../session/can-call'
import { useMe } from '../../session/session-context'
import type { TypeViewProps } from '../doc-type-ui'
import type { DispatchNoteBody } from './dispatch-note-body'

/** Printed once approved: before that the note lets no goods out, and paper of it would say otherwise (R8). */
const PRINTABLE_STATES: readonly string[] = ['approved', 'partlyPosted', 'posted']

/** 编辑 for the clerk who drafted it while editable; 出库 for the warehouse while it may be posted; 打印预览 (241 mm four-part paper) once approved. */
export function DispatchNoteExtras({ header, body }: TypeViewProps<DispatchNoteBody>) {
  const me = useMe()
  // R10: the warehouse posts against an approved (or partly posted), unexpired note.
  const canPost = useCanCall('outboundSlips.post') && ['approved', 'partlyPosted'].includes(header.state) && !body.expired && !isClosed(header)
  const navigate = useNavigate()
  const canEdit = isEditableState(header) && !isClosed(header) && header.drafterUserId === me.id
  return (
    <>
      {canEdit && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/dispatch-notes/${header.id}/edit`)} data-testid="doc-edit">
          编辑
        </Button>
      )}
      {canPost && (
        <Button type="primary" icon={<ExportOutlined />} onClick={() => navigate(`/dispatch-notes/${header.id}/outbound`)} data-testid="doc-outbound">
          出库
        </Button>
      )}
      {PRINTABLE_STATES.includes(header.state) && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/dispatchNote/${header.id}`)} data-testid="doc-print">
          打印预览
        </Button>
      )}
    </>
  )
}
