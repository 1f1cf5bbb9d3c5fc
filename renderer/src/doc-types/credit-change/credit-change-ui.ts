import { lazyNamed } from '../../app/lazy-named'
import type { DocTypeUi } from '../doc-type-ui'

// Each its own chunk, loaded when a document of the type is first opened (the menu needs none of it).
const CreditChangeBodyView = lazyNamed(() => import('./credit-change-body'), 'CreditChangeBodyView')

/** 信用变更: proposed from the customer's file (客户档案 → 申请调整信用, ./credit-change-modal), no screen of its own. */
export const creditChangeUi: DocTypeUi<'creditChange'> = {
  Body: CreditChangeBodyView,
  Extras: null,
  routes: [],
  menu: [],
}
