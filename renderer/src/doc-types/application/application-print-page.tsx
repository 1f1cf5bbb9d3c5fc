import { PrintPage } from '../../print/print-page'
import { ApplicationPrintSheet } from './application-print-sheet'

/** Route /print/application/:id: the 合同申报单 on A4 (docs/printed-forms.md). */
export function ApplicationPrintPage() {
  return (
    <PrintPage
      title="合同申报单"
      kind="application"
      sheet={(view, body, context) => <ApplicationPrintSheet view={view} body={body} {...context} />}
    />
  )
}
