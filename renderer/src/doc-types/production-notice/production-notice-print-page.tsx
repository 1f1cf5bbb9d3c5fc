import { PrintPage } from '../../print/print-page'
import { ProductionNoticePrintSheet } from './production-notice-print-sheet'

/** Route /print/productionNotice/:id: the 生产通知单 on A4 (docs/printed-forms.md). */
export function ProductionNoticePrintPage() {
  return <PrintPage title="生产通知单" kind="productionNotice" sheet={(view, body, context) => <ProductionNoticePrintSheet view={view} body={body} {...context} />} />
}
