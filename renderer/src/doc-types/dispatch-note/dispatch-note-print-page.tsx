import { PrintPage } from '../../print/print-page'
import { DispatchNotePrintSheet } from './dispatch-note-print-sheet'

/** Route /print/dispatchNote/:id: the 发货单 on 241 mm four-part continuous paper (print/continuous). */
export function DispatchNotePrintPage() {
  return <PrintPage title="发货单" kind="dispatchNote" paper="continuous" sheet={(view, body, context) => <DispatchNotePrintSheet view={view} body={body} context={context} />} />
}
