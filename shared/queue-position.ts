import type { QueuePosition } from './api/queue'
import { DOCUMENT_TYPE_LABELS } from './document-types'
import { CLOSED_LABEL, DOCUMENT_ACTIONS } from './document-states'
import { DOC_TYPES, isBuiltDocType, stateLabel } from './doc-types'

// The words of the queue's 办理结果 and 当前位置 columns, shared by the list and its .xlsx export so the
// file says what the screen says.

/** A type's name (the renderer's docTypeLabel, here for the core's export too). */
export function docTypeName(docType: string): string {
  if (isBuiltDocType(docType)) return DOC_TYPES[docType].label
  return (DOCUMENT_TYPE_LABELS as Record<string, string>)[docType] ?? docType
}

/** Closing actions beyond the engine's own: the follow-up task of an approved application closes as 'contract'. */
const OTHER_DECISIONS: Record<string, string> = { contract: '转合同' }

/** 同意, 驳回, 转合同 … in the office's words; an unknown action shows as itself rather than as nothing. */
export function decisionLabel(action: string | null | undefined): string {
  if (!action) return '—'
  return (DOCUMENT_ACTIONS as Record<string, string>)[action] ?? OTHER_DECISIONS[action] ?? action
}

/** A rejection (or a void) must not read like an approval: the list colours these red. */
export function isRefusal(action: string | null | undefined): boolean {
  return action === 'reject' || action === 'void'
}

/** The document's state in words: its type's label, or 已关闭 (R19). */
export function positionState(docType: string, now: QueuePosition): string {
  return now.closed ? CLOSED_LABEL : stateLabel(docType, now.state)
}

/** e.g. "审批中 · 总经理签批 · 总经理", "已驳回 · 王小丽", "已转合同 · 销售合同 HT2026110001". */
export function positionText(docType: string, now: QueuePosition): string {
  const parts = [positionState(docType, now)]
  if (now.steps.length) parts.push(now.steps.join('、'))
  if (now.holders.length) parts.push(now.holders.join('、'))
  if (now.madeInto) parts.push(`${docTypeName(now.madeInto.docType)} ${now.madeInto.docNo}`)
  return parts.join(' · ')
}
