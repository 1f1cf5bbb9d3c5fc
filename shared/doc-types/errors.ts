import { applicationErrors } from './application/application-errors'
import { contractErrors } from './contract/contract-errors'
import { creditChangeErrors } from './credit-change/credit-change-errors'
import { paymentErrors } from './payment/payment-errors'
import { productionNoticeErrors } from './production-notice/production-notice-errors'
import { inboundErrors } from './inbound/inbound-errors'
import { dispatchNoteErrors } from './dispatch-note/dispatch-note-errors'
import { outboundSlipErrors } from './outbound-slip/outbound-slip-errors'
import { gatePassErrors } from './gate-pass/gate-pass-errors'
import { workOrderErrors } from './work-order/work-order-errors'
import { acceptanceErrors } from './acceptance/acceptance-errors'
import { rectificationErrors } from './rectification/rectification-errors'
import { invoiceErrors } from './invoice/invoice-errors'
import { commissionErrors } from './commission/commission-errors'
import { reconciliationErrors } from './reconciliation/reconciliation-errors'

// The error tables of the built types, for shared/errors.ts. Kept apart from the registry (index.ts)
// so that errors.ts does not load every type's API schemas.
export const DOC_TYPE_ERRORS = {
  ...applicationErrors,
  ...contractErrors,
  ...creditChangeErrors,
  ...paymentErrors,
  ...productionNoticeErrors,
  ...inboundErrors,
  ...dispatchNoteErrors,
  ...outboundSlipErrors,
  ...gatePassErrors,
  ...workOrderErrors,
  ...acceptanceErrors,
  ...rectificationErrors,
  ...invoiceErrors,
  ...commissionErrors,
  ...reconciliationErrors,
} as const
