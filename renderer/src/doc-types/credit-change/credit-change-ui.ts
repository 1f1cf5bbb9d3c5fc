import type { DocTypeUi } from '../doc-type-ui'
import { CreditChangeBodyView } from './credit-change-body'

/** 信用变更: proposed from the customer's file (客户档案 → 申请调整信用, ./credit-change-modal), no screen of its own. */
export const creditChangeUi: DocTypeUi<'creditChange'> = {
  Body: CreditChangeBodyView,
  Extras: null,
  routes: [],
  menu: [],
}
