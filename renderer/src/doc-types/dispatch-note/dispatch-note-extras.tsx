import { EditOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useNavigate } from 'react-router-dom'
import { isClosed, isEditableState } from '../../documents/lifecycle-checks'
import { useMe } from '../../session/session-context'
import type { TypeViewProps } from '../doc-type-ui'
import type { DispatchNoteBody } from './dispatch-note-body'

/** 编辑 for the clerk who drafted it while editable. The print form (241 mm, four parts) comes with the print frame. */
export function DispatchNoteExtras({ header }: TypeViewProps<DispatchNoteBody>) {
  const me = useMe()
  const navigate = useNavigate()
  if (!(isEditableState(header) && !isClosed(header) && header.drafterUserId === me.id)) return null
  return (
    <Button icon={<EditOutlined />} onClick={() => navigate(`/dispatch-notes/${header.id}/edit`)} data-testid="doc-edit">
      编辑
    </Button>
  )
}
