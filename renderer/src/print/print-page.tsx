import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import { App, Button, Result, Spin } from 'antd'
import { useEffect, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { useNavigate, useParams } from 'react-router-dom'
import type { CompanyLetterhead, CustomerDto, DocumentBody, DocumentView } from '../../../shared/api'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { parseId, useDocumentView } from '../documents/use-document-view'
import { formatDateTime } from '../format/datetime'
import { useMe, useSession } from '../session/session-context'
import { readDeskPrintSettings } from './continuous/desk-print-settings'
import { BROWSER_PRINT_HINT, printContinuous } from './continuous/print-continuous'
import { usePageMarginText } from './use-page-margin-text'
import './print.css'
import './print-tables.css'

/** What every form's sheet is given besides its document (docs/printed-forms.md "What every form carries"). */
export interface PrintContext {
  companyName: string
  /** Our address, tax number and bank (company.letterhead); null until read, or when it cannot be: dashes print. */
  company: CompanyLetterhead | null
  /** The customer's file (address, bank, contact); null when it cannot be read: the name alone prints. */
  customer: CustomerDto | null
  printedBy: string
  printedAt: string
  /**
   * Which print of the document this paper is (1 the original), once 打印 has logged it; before that,
   * the one it will be: one more than the prints already logged.
   */
  copy: number
}

interface Props<K extends DocumentBody['kind']> {
  /** The form's title: the page title (the PDF's default file name) and the top margin of every page. */
  title: string
  kind: K
  sheet(view: DocumentView, body: Extract<DocumentBody, { kind: K }>, context: PrintContext): ReactNode
  /** 'continuous': 241 × 140 mm four-part paper (发货单, 出库单; print/continuous), printed through the desk. */
  paper?: 'a4' | 'continuous'
}

/**
 * A form's print route (#/print/<type>/:id), rendered without the main layout: the sheet and a
 * screen-only toolbar. 打印 logs the print in the core first, then opens the window's print dialog.
 */
export function PrintPage<K extends DocumentBody['kind']>({ title, kind, sheet, paper = 'a4' }: Props<K>) {
  const id = parseId(useParams().id)
  const { view, error, loading, reload } = useDocumentView(id)
  const { companyName } = useSession()
  const me = useMe()
  const navigate = useNavigate()
  const [customer, setCustomer] = useState<CustomerDto | null>(null)
  const [company, setCompany] = useState<CompanyLetterhead | null>(null)
  const [printedAt] = useState(() => formatDateTime(new Date().toISOString()))
  /** This page's last print, as the core numbered it; null until 打印 is pressed here. */
  const [logged, setLogged] = useState<number | null>(null)
  const [printing, setPrinting] = useState(false)
  const { message } = App.useApp()
  const body = view?.body.kind === kind ? (view.body as Extract<DocumentBody, { kind: K }>) : null
  const customerId = body && 'customerId' in body ? body.customerId : null

  // Logged first, then printed: the paper must already say 补打 when the dialog renders it, and a print
  // the core cannot log is not made. (A cancelled dialog still counts: a 补打 too many is harmless, a
  // second original is not.)
  const print = async () => {
    if (id === null) return
    setPrinting(true)
    try {
      const { copy } = await call('documents.recordPrint', { id })
      flushSync(() => setLogged(copy))
      if (paper === 'continuous') await printContinuous(readDeskPrintSettings(), `${title} ${view?.header.docNo ?? ''}`)
      else window.print()
    } catch (caught) {
      void message.error(`无法记录本次打印，未打印：${errorText(caught)}`)
    } finally {
      setPrinting(false)
    }
  }

  useEffect(() => {
    if (customerId === null) return
    let stale = false
    call('customers.get', { id: customerId })
      .then((c) => stale || setCustomer(c))
      .catch(() => stale || setCustomer(null))
    return () => {
      stale = true
    }
  }, [customerId])

  useEffect(() => {
    let stale = false
    call('company.letterhead', {})
      .then((c) => stale || setCompany(c))
      .catch(() => stale || setCompany(null))
    return () => {
      stale = true
    }
  }, [])

  // The title is the PDF's default file name in the print dialog.
  useEffect(() => {
    if (!view) return
    const before = document.title
    document.title = `${title} ${view.header.docNo}`
    return () => {
      document.title = before
    }
  }, [title, view?.header.docNo])

  usePageMarginText(view ? `${title} ${view.header.docNo}` : null)

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
        <span className="print-toolbar-hint">{paper === 'continuous' ? BROWSER_PRINT_HINT : '请选择 A4 纸、纵向、缩放 100%；页码由打印自动生成。'}</span>
      </div>
      {body && view ? (
        sheet(view, body, { companyName: companyName ?? '', company, customer, printedBy: me.name, printedAt, copy: logged ?? view.printCount + 1 })
      ) : loading ? (
        <div style={{ textAlign: 'center', padding: 80 }}>
          <Spin size="large" />
        </div>
      ) : (
        <Result
          status="warning"
          title="无法打印"
          subTitle={view ? `该单据不是${title}` : error}
          extra={<Button onClick={reload}>重试</Button>}
          data-testid="print-error"
        />
      )}
    </div>
  )
}
