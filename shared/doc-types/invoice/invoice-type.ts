import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { invoiceApi } from './invoice-api'
import type { InvoiceBody } from './invoice-body'

/**
 * R15: 开票申请. Asked by the sales clerk or finance on a contract collected to the threshold, approved by
 * the finance VP (待开票); finance records the tax system's number and the request is 已开票. R24: a
 * recorded invoice is never voided, edited or deleted — red-letter entries (红字) reverse it, all of it
 * (已红冲) or part. 'invoiced' is voidable only so that the refusal names the number (invoice-kind.ts).
 */
export const invoiceLifecycle: Lifecycle = {
  states: {
    ...approvalStates({ approved: '待开票' }),
    invoiced: { label: '已开票', color: 'geekblue' },
    redReversed: { label: '已红冲', color: 'default' },
  },
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES, 'approved', 'invoiced', 'redReversed'],
  // An invoice that still stands stays open: a red letter may come months later (R24). Closing it with the
  // contract after the month-end reconciliation is issue 14's closing part (R19), not built here.
  closable: ['redReversed', 'voided'],
  transitions: [
    { event: 'invoiceRecorded', from: ['approved'], to: 'invoiced', by: 'system', label: '已开票' },
    { event: 'redReversed', from: ['invoiced'], to: 'redReversed', by: 'system', label: '已红冲' },
  ],
}

/** A request that counts against what may still be invoiced: submitted, approved or recorded. */
export const LIVE_INVOICE_STATES = ['pending', 'approved', 'invoiced', 'redReversed'] as const

export const invoiceType = {
  docType: 'invoice',
  label: '开票申请',
  bodyTitle: '开票内容',
  lifecycle: invoiceLifecycle,
  api: invoiceApi,
  draftedBy: invoiceApi['invoices.save'].access as readonly RoleKey[],
  body: undefined as InvoiceBody | undefined,
} as const
