import type { DocTypeUi } from '../doc-type-ui'
import { OutboundSlipBodyView } from './outbound-slip-body'

/** 出库单 (R10): its body. The 出库 button sits on the dispatch note's page (dispatch-note-extras.tsx). */
export const outboundSlipUi: DocTypeUi<'outboundSlip'> = {
  Body: OutboundSlipBodyView,
  Extras: null,
  routes: [],
  menu: [],
}
