import type { QueueRow } from '../../../shared/api'
import { decisionLabel, docTypeName, isRefusal, positionState, positionText } from '../../../shared/queue-position'
import { formatDateTime } from '../format/datetime'

// The cells of 办理结果 and 当前位置 (issue 10). Plain spans with classes (styles.css), not antd Tags: the
// virtual body draws rows at scrolling speed, and a Tag is a component with its own style context per cell.

/** 同意 in green, 驳回 in red (a rejection must never read like an approval), others in grey. */
export function DecisionMark({ action }: { action: string | null | undefined }) {
  const tone = isRefusal(action) ? 'refusal' : action === 'approve' ? 'approval' : 'other'
  return (
    <span className={`queue-decision queue-decision-${tone}`} data-testid="queue-decision" data-decision={action ?? ''}>
      {decisionLabel(action)}
    </span>
  )
}

/** 已办's 我办理的: the step I handled, then what I decided there. */
export function HandledCell({ row }: { row: QueueRow }) {
  return (
    <span title={`${row.stepName ?? ''} ${decisionLabel(row.decision)}`}>
      <DecisionMark action={row.decision} /> {row.stepName}
    </span>
  )
}

/** Who holds it and at which step, or the document made from it: "总经理签批 · 总经理", "销售合同 HT…". */
function whereText(row: QueueRow): string {
  const now = row.now
  if (!now) return '—'
  const parts = [...(now.steps.length ? [now.steps.join('、')] : []), ...(now.holders.length ? [now.holders.join('、')] : [])]
  if (now.madeInto) parts.push(`${docTypeName(now.madeInto.docType)} ${now.madeInto.docNo}`)
  return parts.length ? parts.join(' · ') : '—'
}

/**
 * 当前位置. On 已办 it leads with the document's state now (审批中, 已驳回, 已转合同); 我发起的 has the state
 * in its own column, so only whose desk (or the contract) follows.
 */
export function WhereNowCell({ row, withState }: { row: QueueRow; withState: boolean }) {
  const now = row.now
  const full = now ? positionText(row.docType, now) : '—'
  const where = whereText(row)
  if (!withState || !now) return <span title={full} data-testid="queue-where-now">{where}</span>
  return (
    <span title={full} data-testid="queue-where-now">
      <span className="queue-now-state">{positionState(row.docType, now)}</span>
      {where === '—' ? null : ` ${where}`}
    </span>
  )
}

/**
 * 待办's 当前步骤: the step, and for a task due by an instant (R13: a rectification's answer, its raise to the
 * sales manager and head) a red 逾期 mark once the core's clock is past it; the due time is in the tooltip.
 */
export function StepCell({ row }: { row: QueueRow }) {
  const due = row.dueAt ? `（期限 ${formatDateTime(row.dueAt)}）` : ''
  return (
    <span title={`${row.stepName ?? ''}${due}`}>
      {row.overdue && <span className="queue-decision queue-decision-refusal queue-overdue-mark" data-testid="queue-overdue">逾期</span>}
      {row.stepName}
    </span>
  )
}
