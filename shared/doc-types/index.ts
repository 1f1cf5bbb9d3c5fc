import { APPROVAL_STATES, CLOSED_LABEL } from '../document-states'
import type { DocumentType } from '../document-number'
import { applicationType } from './application/application-type'
import { contractType } from './contract/contract-type'
import { creditChangeType } from './credit-change/credit-change-type'
import { paymentType } from './payment/payment-type'
import { productionNoticeType } from './production-notice/production-notice-type'
import { inboundType } from './inbound/inbound-type'
import { dispatchNoteType } from './dispatch-note/dispatch-note-type'
import { outboundSlipType } from './outbound-slip/outbound-slip-type'
import { gatePassType } from './gate-pass/gate-pass-type'
import { workOrderType } from './work-order/work-order-type'
import { acceptanceType } from './acceptance/acceptance-type'
import { rectificationType } from './rectification/rectification-type'
import { invoiceType } from './invoice/invoice-type'
import { commissionType } from './commission/commission-type'
import { reconciliationType } from './reconciliation/reconciliation-type'
import type { Lifecycle, StateSpec } from './lifecycle'

/**
 * The document types the workstation runs, the shared side of each (its lifecycle, API methods, body
 * type and labels). Adding a type is its folder and one line here (docs/adding-a-document-type.md).
 */
export const DOC_TYPES = {
  application: applicationType,
  contract: contractType,
  creditChange: creditChangeType,
  payment: paymentType,
  productionNotice: productionNoticeType,
  inbound: inboundType,
  dispatchNote: dispatchNoteType,
  outboundSlip: outboundSlipType,
  gatePass: gatePassType,
  workOrder: workOrderType,
  acceptance: acceptanceType,
  rectification: rectificationType,
  invoice: invoiceType,
  commission: commissionType,
  reconciliation: reconciliationType,
} as const

export type BuiltDocType = keyof typeof DOC_TYPES
type Spec = (typeof DOC_TYPES)[BuiltDocType]

/** The body of any built type, discriminated by `kind` (the document page draws it by type). */
export type DocumentBody = NonNullable<Spec['body']>

/** Every built type's API methods, merged into shared/api's table. */
export const DOC_TYPE_APIS = {
  ...applicationType.api,
  ...contractType.api,
  ...creditChangeType.api,
  ...paymentType.api,
  ...productionNoticeType.api,
  ...inboundType.api,
  ...dispatchNoteType.api,
  ...outboundSlipType.api,
  ...gatePassType.api,
  ...workOrderType.api,
  ...acceptanceType.api,
  ...rectificationType.api,
  ...invoiceType.api,
  ...commissionType.api,
  ...reconciliationType.api,
} as const

export function isBuiltDocType(docType: string): docType is BuiltDocType {
  return Object.prototype.hasOwnProperty.call(DOC_TYPES, docType)
}

export function lifecycleOf(docType: DocumentType | string): Lifecycle | null {
  return isBuiltDocType(docType) ? DOC_TYPES[docType].lifecycle : null
}

const UNKNOWN: StateSpec = { label: '', color: 'default' }

/** A state as its type words and colours it (a contract's approved reads 已签订); R19: closed reads 已关闭. */
export function stateSpec(docType: string, state: string, closed = false): StateSpec {
  if (closed) return { label: CLOSED_LABEL, color: 'default' }
  const spec = lifecycleOf(docType)?.states[state]
  if (spec) return spec
  const approval = (APPROVAL_STATES as Record<string, string>)[state]
  return { ...UNKNOWN, label: approval ?? state }
}

export function stateLabel(docType: string, state: string, closed = false): string {
  return stateSpec(docType, state, closed).label
}

export { businessTransition, type Lifecycle, type StateSpec } from './lifecycle'
