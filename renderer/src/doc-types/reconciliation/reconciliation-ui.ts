import type { DocTypeUi } from '../doc-type-ui'
import { ReconciliationBodyView } from './reconciliation-body'
import { ReconciliationExtras } from './reconciliation-extras'
import { ReconciliationPrintPage } from './reconciliation-print-page'
import { ReconciliationsPage } from './reconciliations-page'

/** 月末对帐 (R17): started from its page, signed by both sides on the statement's page, printed on A4 once locked (or before, as a draft copy). */
export const reconciliationUi: DocTypeUi<'reconciliation'> = {
  Body: ReconciliationBodyView,
  Extras: ReconciliationExtras,
  routes: [
    { path: 'reconciliations', Page: ReconciliationsPage, needs: 'reconciliations.list' },
    { path: 'print/reconciliation/:id', Page: ReconciliationPrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [{ group: 'contracts', path: '/reconciliations', label: '月末对帐', testId: 'nav-reconciliations', needs: 'reconciliations.list' }],
}
