import { PrinterOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useNavigate } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'

/** 打印预览 (docs/printed-forms.md); a voided slip is not printed (a paper copy would pass for a valid one). */
export function InboundExtras({ header }: { header: DocumentHeaderDto }) {
  const navigate = useNavigate()
  if (header.state === 'voided') return null
  return (
    <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/inbound/${header.id}`)} data-testid="doc-print">
      打印预览
    </Button>
  )
}
