import type { DocTypeUi } from '../doc-type-ui'
import { ContractSummary } from './contract-summary'
import { ContractBodyView } from './contract-body'
import { ContractExtras } from './contract-extras'
import { ContractPrintPage } from './contract-print-page'

/**
 * 销售合同: made from an application (签订合同 on the application's page), so no form or menu entry of its
 * own; its print route (打印预览 on its page).
 */
export const contractUi: DocTypeUi<'contract'> = {
  Body: ContractBodyView,
  Extras: ContractExtras,
  Summary: ContractSummary,
  routes: [{ path: 'print/contract/:id', Page: ContractPrintPage, needs: 'documents.recordPrint', bare: true }],
  menu: [],
}
