import { PrintPage } from '../../print/print-page'
import { ReconciliationPrintSheet } from './reconciliation-print-sheet'

/** Route /print/reconciliation/:id: the 月末对帐单 on A4 (docs/printed-forms.md). */
export function ReconciliationPrintPage() {
  return <PrintPage title="月末对帐单" kind="reconciliation" sheet={(view, body, context) => <ReconciliationPrintSheet view={view} body={body} {...context} />} />
}
