import { PrintPage } from '../../print/print-page'
import { AcceptancePrintSheet } from './acceptance-print-sheet'

/** Route /print/acceptance/:id: the 验收报告 on A4 (docs/printed-forms.md), with the customer's signature box. */
export function AcceptancePrintPage() {
  return <PrintPage title="验收报告" kind="acceptance" sheet={(view, body, context) => <AcceptancePrintSheet view={view} body={body} {...context} />} />
}
