import type { DocTypeUi } from '../doc-type-ui'
import { ProductionNoticeBodyView } from './production-notice-body'

/** 生产通知单 (R6): compiled from a signed contract's page by the planner; signed by the sales VP. */
export const productionNoticeUi: DocTypeUi<'productionNotice'> = {
  Body: ProductionNoticeBodyView,
  Extras: null,
  routes: [],
  menu: [],
}
