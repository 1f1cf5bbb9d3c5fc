import { DownloadOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import { QUEUE_EXPORT_CAP, type QueueFilter, type QueueTab } from '../../../shared/api'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { saveBase64File, XLSX_MIME } from '../ledger/save-file'
import { exportingLabel, useExportProgress } from '../ledger/use-export-progress'

/** 导出: the tab as filtered and searched, as the core writes it (queue.export), saved like the ledger's export. */
export function QueueExportButton({ tab, filter }: { tab: QueueTab; filter: QueueFilter }) {
  const { message } = App.useApp()
  const [exporting, setExporting] = useState(false)
  const progress = useExportProgress()

  const exportView = async () => {
    setExporting(true)
    try {
      const file = await progress.run((jobId) => call('queue.export', { tab, filter, jobId }))
      if (file.rowCount === 0) {
        message.info('当前列表没有单据，未导出')
        return
      }
      saveBase64File(file.fileName, file.base64, XLSX_MIME)
      if (file.total > file.rowCount) {
        message.warning(`列表共 ${file.total} 条，已导出最新 ${QUEUE_EXPORT_CAP} 条：${file.fileName}。请缩小日期范围后分次导出其余的`)
      } else {
        message.success(`已导出 ${file.rowCount} 条：${file.fileName}`)
      }
    } catch (caught) {
      message.error(errorText(caught))
    } finally {
      setExporting(false)
    }
  }

  return (
    <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportView()} data-testid="queue-export">
      {exportingLabel('导出', progress.percent)}
    </Button>
  )
}
