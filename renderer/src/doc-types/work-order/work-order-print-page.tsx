import { PrintPage } from '../../print/print-page'
import { WorkOrderPrintSheet } from './work-order-print-sheet'

/** Route /print/workOrder/:id: the 派工单 on A4 (docs/printed-forms.md), for the installers to carry. */
export function WorkOrderPrintPage() {
  return <PrintPage title="派工单" kind="workOrder" sheet={(view, body, context) => <WorkOrderPrintSheet view={view} body={body} {...context} />} />
}
