import type { RoleKey } from '../../roles'
import { approvalStates, type Lifecycle } from '../lifecycle'
import { FINANCE_SIGNERS, reconciliationApi, SALES_SIGNERS } from './reconciliation-api'
import type { ReconciliationBody } from './reconciliation-body'

/**
 * R17: 月末对帐. Started after a month ends, it stands at once (对帐中) with the month's snapshot; each side
 * signs off (sales by its manager or head, finance by finance), in either order; both signed, it is locked
 * (已锁定): read-only, printed, and the next month starts from it. Never voided: a difference is a line,
 * and a correction another line (R17: never silently overwritten). R19: the month's closing waits for the lock.
 */
export const reconciliationLifecycle: Lifecycle = {
  states: {
    ...approvalStates({ approved: '对帐中' }),
    salesSigned: { label: '销售已签认', color: 'blue' },
    financeSigned: { label: '财务已签认', color: 'geekblue' },
    locked: { label: '已锁定', color: 'success' },
  },
  // Made and submitted in one transaction (start): a draft only inside it.
  editable: ['draft'],
  voidable: [],
  closable: ['locked'],
  transitions: [
    { event: 'salesSigned', from: ['approved'], to: 'salesSigned', by: SALES_SIGNERS, label: '销售方签认', keepsTasks: true },
    { event: 'financeSigned', from: ['approved'], to: 'financeSigned', by: FINANCE_SIGNERS, label: '财务方签认', keepsTasks: true },
    { event: 'salesSigned', from: ['financeSigned'], to: 'locked', by: SALES_SIGNERS, label: '销售方签认，双方签认完毕，对帐单锁定' },
    { event: 'financeSigned', from: ['salesSigned'], to: 'locked', by: FINANCE_SIGNERS, label: '财务方签认，双方签认完毕，对帐单锁定' },
  ],
}

/** States in which the snapshot still takes differences and signatures. */
export const RECONCILING_STATES = ['approved', 'salesSigned', 'financeSigned'] as const

export const reconciliationType = {
  docType: 'reconciliation',
  label: '月末对帐',
  bodyTitle: '对帐内容',
  lifecycle: reconciliationLifecycle,
  api: reconciliationApi,
  draftedBy: reconciliationApi['reconciliations.start'].access as readonly RoleKey[],
  body: undefined as ReconciliationBody | undefined,
} as const
