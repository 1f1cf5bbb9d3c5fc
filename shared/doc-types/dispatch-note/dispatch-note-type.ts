import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { dispatchNoteApi } from './dispatch-note-api'
import type { DispatchNoteBody } from './dispatch-note-body'

/**
 * R8: 发货单. Filled by the sales clerk against a signed contract, approved by the sales manager (and the
 * general manager when R9's credit check says so). Approved, it reserves stock until posted or expired.
 * The outbound slip (issue 12, later) moves it with `outboundPosted` / `outboundCompleted`, and
 * `outboundVoided` back; `expire` is the daily run's (expire-dispatch-notes.ts) — the validity is decided
 * from the date at read and at posting whatever the state says, the state only files it. R24: voidable
 * once approved only while no live outbound slip is made from it (the engine reads document_links).
 */
export const dispatchNoteLifecycle: Lifecycle = {
  states: {
    ...approvalStates(),
    partlyPosted: { label: '部分出库', color: 'blue' },
    posted: { label: '已出库', color: 'cyan' },
    expired: { label: '已过期', color: 'default' },
  },
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES, 'approved'],
  closable: ['posted', 'expired', 'voided'],
  transitions: [
    // R10: the warehouse's 出库 task stays open while 部分出库 (the rest still waits for it): keepsTasks.
    { event: 'outboundPosted', from: ['approved', 'partlyPosted'], to: 'partlyPosted', by: 'system', label: '部分出库', keepsTasks: true },
    { event: 'outboundCompleted', from: ['approved', 'partlyPosted'], to: 'posted', by: 'system', label: '已出库' },
    { event: 'outboundVoided', from: ['partlyPosted', 'posted'], to: 'partlyPosted', by: 'system', label: '出库单作废', keepsTasks: true },
    { event: 'outboundAllVoided', from: ['partlyPosted', 'posted'], to: 'approved', by: 'system', label: '出库单全部作废' },
    { event: 'expire', from: ['approved', 'partlyPosted'], to: 'expired', by: 'system', label: '已过期' },
  ],
}

/** States in which an approved note still reserves stock and counts in the credit exposure (until its valid-until day ends). */
export const DISPATCH_OPEN_STATES = ['approved', 'partlyPosted'] as const

export const dispatchNoteType = {
  docType: 'dispatchNote',
  label: '发货单',
  bodyTitle: '发货内容',
  lifecycle: dispatchNoteLifecycle,
  api: dispatchNoteApi,
  draftedBy: dispatchNoteApi['dispatchNotes.save'].access as readonly RoleKey[],
  body: undefined as DispatchNoteBody | undefined,
} as const
