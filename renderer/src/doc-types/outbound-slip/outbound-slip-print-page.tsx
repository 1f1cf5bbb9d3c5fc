import { PrintPage } from '../../print/print-page'
import { OutboundSlipPrintSheet } from './outbound-slip-print-sheet'

/** Route /print/outboundSlip/:id: the 出库单 on 241 mm four-part continuous paper (print/continuous). */
export function OutboundSlipPrintPage() {
  return <PrintPage title="出库单" kind="outboundSlip" paper="continuous" sheet={(view, body, context) => <OutboundSlipPrintSheet view={view} body={body} context={context} />} />
}
