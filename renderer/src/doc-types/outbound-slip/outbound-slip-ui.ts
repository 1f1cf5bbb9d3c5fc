import type { DocTypeUi } from '../doc-type-ui'
import { OutboundSlipBodyView } from './outbound-slip-body'
import { OutboundFormPage } from './outbound-form-page'
import { GatePassButton } from '../gate-pass/gate-pass-button'

/** 出库单 (R10): its body and the 出库 form, opened from the dispatch note's page (dispatch-note-extras.tsx). */
export const outboundSlipUi: DocTypeUi<'outboundSlip'> = {
  Body: OutboundSlipBodyView,
  Extras: GatePassButton,
  routes: [{ path: 'dispatch-notes/:id/outbound', Page: OutboundFormPage, needs: 'outboundSlips.post' }],
  menu: [],
}
