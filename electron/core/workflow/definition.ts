import type { RoleKey } from '../../../shared/roles'

// The chain's format is shared with the administrator's editor (shared/chain-definition.ts); what the
// engine adds is the route a submit plans from it.
export * from '../../../shared/chain-definition'

/** One signature on a route step this round (a countersign step collects several). */
export interface Signature {
  userId: number
  role: RoleKey
  /** 代理审批: the signer the deputy (userId) signed for; both count as signers of the step (R20). */
  onBehalfOf?: number
}

/** One planned step of a submitted document: who will be asked, fixed at submit, and who has signed. */
export interface RouteEntry {
  key: string
  assigneeUserId: number | null
  signatures?: Signature[]
  /** An `evaluate: 'enter'` step whose condition did not hold when the route reached it. */
  skipped?: boolean
}
