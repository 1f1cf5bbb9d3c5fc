import type { BuiltDocType } from '../../../shared/doc-types'
import { applicationUi } from './application/application-ui'
import { contractUi } from './contract/contract-ui'
import { creditChangeUi } from './credit-change/credit-change-ui'
import { paymentUi } from './payment/payment-ui'
import { productionNoticeUi } from './production-notice/production-notice-ui'
import { inboundUi } from './inbound/inbound-ui'
import { dispatchNoteUi } from './dispatch-note/dispatch-note-ui'
import { outboundSlipUi } from './outbound-slip/outbound-slip-ui'
import { gatePassUi } from './gate-pass/gate-pass-ui'
import { workOrderUi } from './work-order/work-order-ui'
import { acceptanceUi } from './acceptance/acceptance-ui'
import { rectificationUi } from './rectification/rectification-ui'
import { invoiceUi } from './invoice/invoice-ui'
import { commissionUi } from './commission/commission-ui'
import { reconciliationUi } from './reconciliation/reconciliation-ui'
import type { DocTypeUi, TypeMenuEntry, TypeRoute } from './doc-type-ui'

/**
 * The renderer's side of every built type (shared/doc-types is the shared side). Adding a type is its
 * folder here and one line below; the document page, the routes and the side menu read this table.
 */
export const DOC_TYPE_UI: { readonly [K in BuiltDocType]: DocTypeUi<K> } = {
  application: applicationUi,
  contract: contractUi,
  creditChange: creditChangeUi,
  payment: paymentUi,
  productionNotice: productionNoticeUi,
  inbound: inboundUi,
  dispatchNote: dispatchNoteUi,
  outboundSlip: outboundSlipUi,
  gatePass: gatePassUi,
  workOrder: workOrderUi,
  acceptance: acceptanceUi,
  rectification: rectificationUi,
  invoice: invoiceUi,
  commission: commissionUi,
  reconciliation: reconciliationUi,
}

/**
 * One type's UI with its body type widened to every body. Sound because the document page only hands a
 * type's components the body whose `kind` is that type's key (DocumentView's body is discriminated so).
 */
export function typeUi(kind: BuiltDocType): DocTypeUi<BuiltDocType> {
  return DOC_TYPE_UI[kind] as unknown as DocTypeUi<BuiltDocType>
}

const ALL = Object.values(DOC_TYPE_UI) as ReadonlyArray<DocTypeUi<BuiltDocType>>

/** Every type's own screens (forms, print pages), for app-root. */
export const TYPE_ROUTES: readonly TypeRoute[] = ALL.flatMap((ui) => ui.routes)

/** Every type's side-menu entries, for layout/side-menu. */
export const TYPE_MENU: readonly TypeMenuEntry[] = ALL.flatMap((ui) => ui.menu)

export type { DocTypeUi, TypeMenuEntry, TypeRoute, TypeViewProps } from './doc-type-ui'
