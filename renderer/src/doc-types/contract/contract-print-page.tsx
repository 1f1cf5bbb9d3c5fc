import { PrintPage } from '../../print/print-page'
import { ContractPrintSheet } from './contract-print-sheet'

/** Route /print/contract/:id: the 销售合同 on A4 (docs/printed-forms.md). */
export function ContractPrintPage() {
  return <PrintPage title="销售合同" kind="contract" sheet={(view, body, context) => <ContractPrintSheet view={view} body={body} {...context} />} />
}
