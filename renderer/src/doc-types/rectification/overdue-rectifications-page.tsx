import { Alert, Card, Empty } from 'antd'
import { useEffect, useState } from 'react'
import type { RectificationQueueRowDto } from '../../../../shared/doc-types/rectification/rectification-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { RectificationTable } from './rectification-table'

/** Route /rectifications/overdue — R13: unanswered past the 24-hour deadline, raised to the sales manager and the sales head. */
export function OverdueRectificationsPage() {
  const [rows, setRows] = useState<RectificationQueueRowDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('rectifications.overdue', {}).then(setRows, (e: unknown) => setError(errorText(e)))
  }, [])
  if (error) return <Empty description={error} />
  return (
    <Card title="逾期整改（超过 24 小时未答复）" data-testid="overdue-rectifications">
      {rows !== null && rows.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`${rows.length} 张整改单已逾期，请督促售后服务答复（R13）`} data-testid="overdue-rectifications-alert" />
      )}
      <RectificationTable rows={rows} />
    </Card>
  )
}
