import type { DocTypeUi } from '../doc-type-ui'
import { ProductionNoticeBodyView } from './production-notice-body'
import { ProductionNoticeExtras } from './production-notice-extras'
import { ProductionNoticeFormPage } from './production-notice-form-page'
import { ProductionNoticePrintPage } from './production-notice-print-page'

/** 生产通知单 (R6): compiled from a signed contract's page (编制生产通知单) by the planner; signed by the sales VP. */
export const productionNoticeUi: DocTypeUi<'productionNotice'> = {
  Body: ProductionNoticeBodyView,
  Extras: ProductionNoticeExtras,
  routes: [
    { path: 'production-notices/new', Page: ProductionNoticeFormPage, needs: 'productionNotices.save' },
    { path: 'production-notices/:id/edit', Page: ProductionNoticeFormPage, needs: 'productionNotices.save' },
    { path: 'print/productionNotice/:id', Page: ProductionNoticePrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [],
}
