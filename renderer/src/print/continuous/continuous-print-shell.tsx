import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useEffect, useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router-dom'
import { errorText } from '../../api/error-text'
import { hasDesk } from '../../api/desk-client'
import { BROWSER_PRINT_HINT, printContinuous } from './print-continuous'
import { useDeskPrintSettings } from './desk-print-settings'
import '../print.css'

/**
 * A bare print route for the desk's own continuous pages (打印校准页, 样张): the sheets and a screen-only
 * toolbar. Nothing here is a document, so nothing is logged; a document's continuous form prints through
 * PrintPage (paper="continuous"), which logs the print first.
 */
export function ContinuousPrintShell({ title, back, children }: { title: string; back: string; children: ReactNode }) {
  const [settings] = useDeskPrintSettings()
  const [printing, setPrinting] = useState(false)
  const navigate = useNavigate()
  const { message } = App.useApp()

  useEffect(() => {
    const before = document.title
    document.title = title
    return () => {
      document.title = before
    }
  }, [title])

  const print = async () => {
    setPrinting(true)
    try {
      const saved = await printContinuous(settings, title)
      if (saved) void message.success(`已生成 ${saved}，请用 PDF 阅读器按实际大小打印`)
    } catch (caught) {
      void message.error(errorText(caught))
    } finally {
      setPrinting(false)
    }
  }

  return (
    <div className="print-root" data-testid="continuous-print">
      <div className="print-toolbar">
        <Button type="primary" icon={<PrinterOutlined />} loading={printing} onClick={print} data-testid="continuous-print-print">
          打印
        </Button>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(back)} data-testid="continuous-print-back">
          返回
        </Button>
        <span className="print-toolbar-hint">{hasDesk() ? `打印机：${settings.printerName || '系统默认'}` : BROWSER_PRINT_HINT}</span>
      </div>
      {children}
    </div>
  )
}
