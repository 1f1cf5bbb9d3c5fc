import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import { App, Button, Result, Spin } from 'antd'
import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { useNavigate, useParams } from 'react-router-dom'
import type { CustomerDto } from '../../../../shared/api'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { parseId, useDocumentView } from '../../documents/use-document-view'
import { formatDateTime } from '../../format/datetime'
import { useMe, useSession } from '../../session/session-context'
import { ApplicationPrintSheet } from './application-print-sheet'
import { usePageMarginText } from '../../print/use-page-margin-text'
import '../../print/print.css'
import '../../print/print-tables.css'

/**
 * Route /print/application/:id, rendered without the main layout: one A4 page (or several, with the
 * table header repeated) and a screen-only toolbar. 打印 is the window's own print dialog.
 */
export function ApplicationPrintPage() {
  const id = parseId(useParams().id)
  const { view, error, loading, reload } = useDocumentView(id)
  const { companyName } = useSession()
  const me = useMe()
  const navigate = useNavigate()
  const [customer, setCustomer] = useState<CustomerDto | null>(null)
  const [printedAt] = useState(() => formatDateTime(new Date().toISOString()))
  /** This page's last print, as the core numbered it; null until 打印 is pressed here. */
  const [logged, setLogged] = useState<number | null>(null)
  const [printing, setPrinting] = useState(false)
  const { message } = App.useApp()
  const body = view?.body.kind === 'application' ? view.body : null

  // Logged first, then printed: the paper must already say 补打 when the dialog renders it, and a print
  // the core cannot log is not made. (A cancelled dialog still counts: a 补打 too many is harmless, a
  // second original is not.)
  const print = async () => {
    if (id === null) return
    setPrinting(true)
    try {
      const { copy } = await call('documents.recordPrint', { id })
      flushSync(() => setLogged(copy))
      window.print()
    } catch (caught) {
      void message.error(`无法记录本次打印，未打印：${errorText(caught)}`)
    } finally {
      setPrinting(false)
    }
  }

  // The customer's file (address, bank, contact) for the form; the name alone if it cannot be read.
  useEffect(() => {
    if (!body) return
    let stale = false
    call('customers.get', { id: body.customerId })
      .then((c) => stale || setCustomer(c))
      .catch(() => stale || setCustomer(null))
    return () => {
      stale = true
    }
  }, [body?.customerId])

  // The title is the PDF's default file name in the print dialog.
  useEffect(() => {
    if (!view) return
    const before = document.title
    document.title = `合同申报单 ${view.header.docNo}`
    return () => {
      document.title = before
    }
  }, [view?.header.docNo])

  usePageMarginText(view ? `合同申报单 ${view.header.docNo}` : null)

  const back = () => (id === null ? navigate('/') : navigate(`/documents/${id}`))

  return (
    <div className="print-root" data-testid="print-page">
      <div className="print-toolbar">
        <Button type="primary" icon={<PrinterOutlined />} disabled={!body} loading={printing} onClick={print} data-testid="print-print">
          打印
        </Button>
        <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="print-back">
          返回
        </Button>
        <span className="print-toolbar-hint">请选择 A4 纸、纵向、缩放 100%；页码由打印自动生成。</span>
      </div>
      {body && view ? (
        <ApplicationPrintSheet
          companyName={companyName ?? ''}
          view={view}
          body={body}
          customer={customer}
          printedBy={me.name}
          printedAt={printedAt}
          copy={logged ?? view.printCount + 1}
        />
      ) : loading ? (
        <div style={{ textAlign: 'center', padding: 80 }}>
          <Spin size="large" />
        </div>
      ) : (
        <Result
          status="warning"
          title="无法打印"
          subTitle={view ? '该单据不是合同申报单' : error}
          extra={<Button onClick={reload}>重试</Button>}
          data-testid="print-error"
        />
      )}
    </div>
  )
}
