import { PrintPage } from '../../print/print-page'
import { CommissionPrintSheet } from './commission-print-sheet'

/** Route /print/commission/:id: the 提成单 on A4 (docs/printed-forms.md). */
export function CommissionPrintPage() {
  return <PrintPage title="提成单" kind="commission" sheet={(view, body, context) => <CommissionPrintSheet view={view} body={body} {...context} />} />
}
