// The approval states every document passes through, and the engine's actions. A type's own states
// beyond these (a contract's 已排产, a dispatch note's 已出库 …) are declared in its folder under
// shared/doc-types/<type>/ (its lifecycle), with the labels it gives the approval states.

export const APPROVAL_STATES = {
  draft: '草稿',
  pending: '审批中',
  approved: '已批准',
  rejected: '已驳回',
  withdrawn: '已撤回',
  voided: '已作废',
} as const

export type ApprovalState = keyof typeof APPROVAL_STATES
/** A document's state: an approval state, or one its type declares (shared/doc-types). */
export type DocumentState = string

export const DOCUMENT_ACTIONS = {
  submit: '提交',
  approve: '同意',
  reject: '驳回',
  withdraw: '撤回',
  void: '作废',
  comment: '批注',
  close: '关闭',
} as const

export type DocumentAction = keyof typeof DOCUMENT_ACTIONS
export const DOCUMENT_ACTION_KEYS = Object.keys(DOCUMENT_ACTIONS) as [DocumentAction, ...DocumentAction[]]

/**
 * The audit action of a print (not a state change: a document prints in any state). WORKFLOW.md
 * "Printed forms": once a document has one, every further print says 补打.
 */
export const PRINT_ACTION = 'print'
/** R19: the label a closed document shows instead of its state (it keeps the state it was closed in). */
export const CLOSED_LABEL = '已关闭'
