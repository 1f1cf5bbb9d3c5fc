import type { DocTypeUi } from '../doc-type-ui'
import { AcceptanceBodyView } from './acceptance-body'
import { AcceptanceExtras } from './acceptance-extras'
import { AcceptanceFormPage } from './acceptance-form-page'
import { AcceptancePrintPage } from './acceptance-print-page'
import { AwaitingAcceptancePage } from './awaiting-acceptance-page'

/** 验收报告 (R13): recorded by service from a completed work order (its page, or the 待验收 list); printed with the customer's signature box. */
export const acceptanceUi: DocTypeUi<'acceptance'> = {
  Body: AcceptanceBodyView,
  Extras: AcceptanceExtras,
  routes: [
    { path: 'acceptances/new', Page: AcceptanceFormPage, needs: 'acceptances.record' },
    { path: 'acceptances/pending', Page: AwaitingAcceptancePage, needs: 'acceptances.record' },
    { path: 'print/acceptance/:id', Page: AcceptancePrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [{ group: 'goods', path: '/acceptances/pending', label: '待验收 / 整改', testId: 'nav-awaiting-acceptance', needs: 'acceptances.record' }],
}
