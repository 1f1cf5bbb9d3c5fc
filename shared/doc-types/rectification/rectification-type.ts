import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { rectificationApi } from './rectification-api'
import type { RectificationBody } from './rectification-body'

/**
 * R13: 整改. Opened by a failed check when its acceptance report is recorded (待整改), with a deadline 24
 * hours later; service answers it — what was done and by whom (已整改) — and the re-acceptance of the failed
 * lines closes it (已复验). Overdue is not a state: it is the deadline read against the clock, so it turns at
 * the exact instant. Never voided: it is the customer's complaint (R24: its acceptance is not voidable either).
 */
export const rectificationLifecycle: Lifecycle = {
  states: {
    ...approvalStates({ pending: '待经理确认', approved: '待整改' }),
    answered: { label: '已整改', color: 'blue' },
    verified: { label: '已复验', color: 'cyan' },
  },
  editable: EDITABLE_STATES,
  voidable: [],
  closable: ['verified'],
  transitions: [
    { event: 'answered', from: ['approved'], to: 'answered', by: ['service'], label: '已整改' },
    { event: 'reaccepted', from: ['answered'], to: 'verified', by: 'system', label: '已复验' },
  ],
}

export const rectificationType = {
  docType: 'rectification',
  label: '整改单',
  bodyTitle: '整改内容',
  lifecycle: rectificationLifecycle,
  api: rectificationApi,
  draftedBy: ['service'] as readonly RoleKey[],
  body: undefined as RectificationBody | undefined,
} as const
