import type { DocTypeUi } from '../doc-type-ui'
import { OutboundSlipBodyView } from './outbound-slip-body'
import { OutboundSlipExtras } from './outbound-slip-extras'
import { OutboundFormPage } from './outbound-form-page'
import { OutboundSlipPrintPage } from './outbound-slip-print-page'

/** 出库单 (R10): its body, the 出库 form opened from the dispatch note's page (dispatch-note-extras.tsx), and its 241 mm print. */
export const outboundSlipUi: DocTypeUi<'outboundSlip'> = {
  Body: OutboundSlipBodyView,
  Extras: OutboundSlipExtras,
  routes: [
    { path: 'dispatch-notes/:id/outbound', Page: OutboundFormPage, needs: 'outboundSlips.post' },
    { path: 'print/outboundSlip/:id', Page: OutboundSlipPrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [],
}
