import { PrinterOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useNavigate } from 'react-router-dom'
import type { TypeViewProps } from '../doc-type-ui'
import type { AcceptanceBody } from './acceptance-body'

/** 打印预览 once recorded: the A4 report with the customer's signature box, for the paper copy. */
export function AcceptanceExtras({ header }: TypeViewProps<AcceptanceBody>) {
  const navigate = useNavigate()
  if (header.state !== 'approved') return null
  return (
    <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/acceptance/${header.id}`)} data-testid="doc-print">
      打印预览
    </Button>
  )
}
