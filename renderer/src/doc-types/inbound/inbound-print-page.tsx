import { PrintPage } from '../../print/print-page'
import { InboundPrintSheet } from './inbound-print-sheet'

/** Route /print/inbound/:id: the 成品入库单 on A4 (docs/printed-forms.md). */
export function InboundPrintPage() {
  return <PrintPage title="成品入库单" kind="inbound" sheet={(view, body, context) => <InboundPrintSheet view={view} body={body} {...context} />} />
}
