import type { DocTypeUi } from '../doc-type-ui'
import { OutboundSlipBodyView } from './outbound-slip-body'
import { OutboundFormPage } from './outbound-form-page'
import { OutboundSlipExtras } from './outbound-slip-extras'
import { PaperTrackingPage } from './paper-tracking-page'

/** 出库单 (R10): its body and the 出库 form, opened from the dispatch note's page (dispatch-note-extras.tsx). */
export const outboundSlipUi: DocTypeUi<'outboundSlip'> = {
  Body: OutboundSlipBodyView,
  // The guard's 登记出门证 (gate pass) and finance's 登记签收 and 入帐 (R11) on a posted slip.
  Extras: OutboundSlipExtras,
  routes: [
    { path: 'dispatch-notes/:id/outbound', Page: OutboundFormPage, needs: 'outboundSlips.post' },
    { path: 'sign-backs/paper', Page: PaperTrackingPage, needs: 'signBacks.paperTracking' },
  ],
  menu: [{ group: 'contracts', path: '/sign-backs/paper', label: '签收联跟踪', testId: 'nav-paper-tracking', needs: 'signBacks.paperTracking' }],
}
