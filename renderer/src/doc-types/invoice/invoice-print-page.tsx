import { PrintPage } from '../../print/print-page'
import { InvoicePrintSheet } from './invoice-print-sheet'

/** Route /print/invoice/:id: the 开票申请 on A4 (docs/printed-forms.md). */
export function InvoicePrintPage() {
  return <PrintPage title="开票申请单" kind="invoice" sheet={(view, body, context) => <InvoicePrintSheet view={view} body={body} {...context} />} />
}
