// The states every approval document passes through. A document's own states beyond these
// (已排产, 已发货 …) are added by the issues that add those documents.
export const DOCUMENT_STATES = {
  draft: '草稿',
  pending: '审批中',
  approved: '已批准',
  rejected: '已驳回',
  withdrawn: '已撤回',
  voided: '已作废',
} as const

export type DocumentState = keyof typeof DOCUMENT_STATES

/** A contract that has passed its chain is signed (已签订), not merely approved. */
export function stateLabel(docType: string, state: string): string {
  if (docType === 'contract' && state === 'approved') return '已签订'
  return (DOCUMENT_STATES as Record<string, string>)[state] ?? state
}

export const DOCUMENT_ACTIONS = {
  submit: '提交',
  approve: '同意',
  reject: '驳回',
  withdraw: '撤回',
  void: '作废',
  comment: '批注',
} as const

export type DocumentAction = keyof typeof DOCUMENT_ACTIONS

/**
 * The audit action of a print (not a state change: a document prints in any state). WORKFLOW.md
 * "Printed forms": once a document has one, every further print says 补打.
 */
export const PRINT_ACTION = 'print'
