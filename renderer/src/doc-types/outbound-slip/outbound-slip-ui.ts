import type { DocTypeUi } from '../doc-type-ui'
import { OutboundSlipBodyView } from './outbound-slip-body'
import { OutboundFormPage } from './outbound-form-page'
import { OutboundSlipExtras } from './outbound-slip-extras'
import { OutboundSlipPrintPage } from './outbound-slip-print-page'
import { PaperTrackingPage } from './paper-tracking-page'

/** 出库单 (R10): its body, the 出库 form opened from the dispatch note's page (dispatch-note-extras.tsx), and its 241 mm print. */
export const outboundSlipUi: DocTypeUi<'outboundSlip'> = {
  Body: OutboundSlipBodyView,
  // 打印预览, the guard's 登记出门证 (gate pass) and finance's 登记签收 and 入帐 (R11) on a posted slip.
  Extras: OutboundSlipExtras,
  routes: [
    { path: 'dispatch-notes/:id/outbound', Page: OutboundFormPage, needs: 'outboundSlips.post' },
    { path: 'sign-backs/paper', Page: PaperTrackingPage, needs: 'signBacks.paperTracking' },
    { path: 'print/outboundSlip/:id', Page: OutboundSlipPrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [{ group: 'contracts', path: '/sign-backs/paper', label: '签收联跟踪', testId: 'nav-paper-tracking', needs: 'signBacks.paperTracking' }],
}
