import { PrinterOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useNavigate } from 'react-router-dom'
import type { TypeViewProps } from '../doc-type-ui'
import type { OutboundSlipBody } from './outbound-slip-body'

/** 打印预览 (241 mm four-part paper) once posted: a slip waiting for the GM's credit re-check (R9) let no goods out. */
export function OutboundSlipPrintButton({ header }: TypeViewProps<OutboundSlipBody>) {
  const navigate = useNavigate()
  if (header.state !== 'approved') return null
  return (
    <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/outboundSlip/${header.id}`)} data-testid="doc-print">
      打印预览
    </Button>
  )
}
