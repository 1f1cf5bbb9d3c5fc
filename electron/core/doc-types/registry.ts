import type { BuiltDocType, DOC_TYPE_APIS } from '../../../shared/doc-types'
import type { DeclaredTypes } from '../integrity/type-integrity'
import type { Handlers } from '../router/call-context'
import { AppError } from '../../../shared/errors'
import { applicationCore } from './application'
import { contractCore } from './contract'
import type { CoreDocType } from './core-doc-type'
import { creditChangeCore } from './credit-change'
import { paymentCore } from './payment'
import { productionNoticeCore } from './production-notice'
import { inboundCore } from './inbound'
import { dispatchNoteCore } from './dispatch-note'
import { outboundSlipCore } from './outbound-slip'
import { gatePassCore } from './gate-pass'
import { workOrderCore } from './work-order'
import { acceptanceCore } from './acceptance'
import { rectificationCore } from './rectification'
import { invoiceCore } from './invoice'
import { commissionCore } from './commission'
import { reconciliationCore } from './reconciliation'

/**
 * The document types the core runs, each from its folder. Adding a type is its folder, its migration
 * and one line here (docs/adding-a-document-type.md); the engine, the router, the schema and the
 * default chains read this table and never switch on a type's name.
 */
export const CORE_DOC_TYPES = {
  application: applicationCore,
  contract: contractCore,
  creditChange: creditChangeCore,
  payment: paymentCore,
  productionNotice: productionNoticeCore,
  inbound: inboundCore,
  dispatchNote: dispatchNoteCore,
  outboundSlip: outboundSlipCore,
  gatePass: gatePassCore,
  workOrder: workOrderCore,
  acceptance: acceptanceCore,
  rectification: rectificationCore,
  invoice: invoiceCore,
  commission: commissionCore,
  reconciliation: reconciliationCore,
} as const satisfies Record<BuiltDocType, CoreDocType<never>>

type TypeMethod = keyof typeof DOC_TYPE_APIS
type Handled = (typeof CORE_DOC_TYPES)[BuiltDocType] extends infer T ? (T extends { handlers: infer H } ? keyof H : never) : never
/** Compile-time: every method a type declares in shared/doc-types has its handler in the type's folder. */
export const EVERY_TYPE_METHOD_HANDLED: [Exclude<TypeMethod, Handled>] extends [never] ? true : Exclude<TypeMethod, Handled> = true

/** The handlers of every type's methods, for the router's table. */
export function docTypeHandlers(): Pick<Handlers, TypeMethod> {
  return Object.assign({}, ...Object.values(CORE_DOC_TYPES).map((type) => type.handlers)) as Pick<Handlers, TypeMethod>
}

/** Every type's integrity declaration (its tables, follow-up task and own rules), for checkIntegrity. */
export function docTypeIntegrity(): DeclaredTypes {
  return Object.entries(CORE_DOC_TYPES).map(([docType, type]) => [docType, type.integrity] as const)
}

/** The core of a stored document's type; a type the core does not run is not found. */
export function coreOf(docType: string): CoreDocType<never> {
  const core = (CORE_DOC_TYPES as Record<string, CoreDocType<never> | undefined>)[docType]
  if (!core) throw new AppError('DOCUMENT_NOT_FOUND')
  return core
}

export const kindOf = (docType: string) => coreOf(docType).kind
