import { Alert } from 'antd'
import type { DocumentView } from '../../../shared/api'
import { formatDateTime } from '../format/datetime'

/** A rejected document says why, first thing: the drafter must not hunt for the reason in the trail. */
export function RejectionNotice({ view }: { view: DocumentView }) {
  if (view.header.state !== 'rejected') return null
  const rejection = [...view.trail].reverse().find((entry) => entry.action === 'reject')
  if (!rejection) return null
  return (
    <Alert
      type="warning"
      showIcon
      title={`已驳回：${rejection.comment ?? ''}`}
      description={`${rejection.userName} · ${formatDateTime(rejection.at)}。请按意见修改后重新提交，或作废本单。`}
      data-testid="doc-rejection"
    />
  )
}
