import { lazyNamed } from '../../app/lazy-named'
import type { DocTypeUi } from '../doc-type-ui'

// Each its own chunk, loaded when a document of the type is first opened (the menu needs none of it).
const ContractSummary = lazyNamed(() => import('./contract-summary'), 'ContractSummary')
const ContractBodyView = lazyNamed(() => import('./contract-body'), 'ContractBodyView')
const ContractExtras = lazyNamed(() => import('./contract-extras'), 'ContractExtras')
const ContractPrintPage = lazyNamed(() => import('./contract-print-page'), 'ContractPrintPage')

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
