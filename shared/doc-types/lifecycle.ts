import { APPROVAL_STATES, type ApprovalState } from '../document-states'
import type { RoleKey } from '../roles'

// A document type's states and transitions as data (DESIGN.md "A document type is a folder"). The
// engine, the state tags, the queue's filters, the editable/voidable/closable checks and the
// generator all read a type's lifecycle; none of them lists states of its own.

/** antd Tag colours the office sees a state in. */
export type StateColor = 'default' | 'processing' | 'success' | 'error' | 'warning' | 'blue' | 'cyan' | 'geekblue' | 'purple' | 'gold' | 'lime'

export interface StateSpec {
  label: string
  color: StateColor
}

/**
 * A business transition beyond approval, made by the engine when something happens to the document
 * (its contract is made, goods are posted against it): `event` names the happening, `by` who makes it —
 * 'system' for a transition another document's action causes.
 */
export interface BusinessTransition {
  event: string
  from: readonly string[]
  to: string
  by: 'system' | readonly RoleKey[]
  /** What the audit trail says (R21). */
  label: string
  /** The document's open follow-up tasks stay open (its work goes on); by default the move closes them. */
  keepsTasks?: boolean
}

export interface Lifecycle {
  /** Every state the type can be in: the approval states (with the type's labels) and its own. */
  states: Readonly<Record<string, StateSpec>>
  /** States in which the drafter may change the document and submit it. */
  editable: readonly string[]
  /** States in which the drafter may void it (R24: only while no live document depends on it). */
  voidable: readonly string[]
  /** R19: states in which the document is finished (completed, expired, voided) and may be closed. */
  closable: readonly string[]
  transitions: readonly BusinessTransition[]
}

const APPROVAL_COLORS: Record<ApprovalState, StateColor> = {
  draft: 'default',
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'warning',
  voided: 'default',
}

/** The approval states as most types show them; a type overrides the labels it words differently. */
export function approvalStates(labels: Partial<Record<ApprovalState, string>> = {}): Record<ApprovalState, StateSpec> {
  const states = {} as Record<ApprovalState, StateSpec>
  for (const key of Object.keys(APPROVAL_STATES) as ApprovalState[]) {
    states[key] = { label: labels[key] ?? APPROVAL_STATES[key], color: APPROVAL_COLORS[key] }
  }
  return states
}

/** Where most types stand: edited while a draft or sent back, voided only before approval. */
export const EDITABLE_STATES = ['draft', 'rejected', 'withdrawn'] as const

/** A transition for an event from the document's state, or undefined when the lifecycle has none. */
export function businessTransition(lifecycle: Lifecycle, event: string, from: string): BusinessTransition | undefined {
  return lifecycle.transitions.find((t) => t.event === event && t.from.includes(from))
}
