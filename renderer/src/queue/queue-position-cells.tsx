import type { QueueRow } from '../../../shared/api'
import { decisionLabel, docTypeName, isRefusal, positionState, positionText } from '../../../shared/queue-position'

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
