import type { DocTypeUi } from '../doc-type-ui'
import { GatePassBodyView } from './gate-pass-body'

/**
 * 出门证 (issue 12): its body. The guard registers it from the outbound slip's page (gate-pass-button.tsx,
 * the slip's extras), opened by scanning the slip's QR into the scan box; the guard's 待办 lists the slips waiting.
 */
export const gatePassUi: DocTypeUi<'gatePass'> = {
  Body: GatePassBodyView,
  Extras: null,
  routes: [],
  menu: [],
}
