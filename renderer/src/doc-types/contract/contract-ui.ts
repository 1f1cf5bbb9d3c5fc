import type { DocTypeUi } from '../doc-type-ui'
import { ContractSummary } from './contract-summary'
import { ContractBodyView } from './contract-body'
import { ContractExtras } from './contract-extras'

/** 销售合同: made from an application (签订合同 on the application's page), so no form or menu entry of its own. */
export const contractUi: DocTypeUi<'contract'> = {
  Body: ContractBodyView,
  Extras: ContractExtras,
  Summary: ContractSummary,
  routes: [],
  menu: [],
}
