import { sqlRule } from '../../integrity/integrity-rule'
import type { Dialect } from '../../integrity/dialect'
import type { TypeIntegrity } from '../../integrity/type-integrity'
import { ANSWER_RECTIFICATION, RECTIFICATION_ESCALATIONS } from './rectification-task'

// The rectification's invariants for checkIntegrity (both databases). R13: each is opened by a recorded
// acceptance with a failed check, its deadline exactly 24 hours after that report was recorded; answered
// (已整改, 已复验) ⇔ it carries its answer; 已复验 ⇔ a recorded re-acceptance of it. R24: made from its
// acceptance. Service's 答复整改 is open exactly while it stands (待整改), due by the deadline; so is the raise to
// the sales manager and the sales head, opening the millisecond past it, and never closed (the answer removes it).

/** The ISO text (toISOString's form) of 24 hours after an ISO instant: exact instant arithmetic on both databases. */
const plus24h = (d: Dialect, iso: string) =>
  d.name === 'sqlite'
    ? `strftime('%Y-%m-%dT%H:%M:%fZ', ${iso}, '+24 hours')`
    : `to_char((CAST(${iso} AS timestamptz) + interval '24 hours') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** The ISO text of the millisecond after an ISO instant: when the raise opens (rectification-task.ts escalationOpensAt). */
const plus1ms = (d: Dialect, iso: string) =>
  d.name === 'sqlite'
    ? `strftime('%Y-%m-%dT%H:%M:%fZ', ${iso}, '+0.001 seconds')`
    : `to_char((CAST(${iso} AS timestamptz) + interval '1 millisecond') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

export const rectificationIntegrity: TypeIntegrity = {
  body: 'rectifications',
  followUpTask: { stepKey: ANSWER_RECTIFICATION.stepKey, role: ANSWER_RECTIFICATION.role, openWhile: 'TRUE' },
  // The raise to the sales manager and the sales head: open exactly while it stands, like service's task.
  followUpTasks: RECTIFICATION_ESCALATIONS.map((e) => ({ stepKey: e.stepKey, role: e.role, openWhile: 'TRUE' })),
  rules: [
    sqlRule(
      'R13 rectification due and raised',
      (d) => `SELECT d.doc_no || ' task ' || t.step_key || ' opened ' || t.opened_at || ' due ' || coalesce(t.due_at, 'never') || ', deadline ' || r.deadline_at AS example
       FROM rectifications r JOIN documents d ON d.id = r.document_id JOIN tasks t ON t.document_id = r.document_id
       WHERE (t.step_key = :answerStep AND t.closed_at IS NULL AND t.due_at IS DISTINCT FROM r.deadline_at)
          OR (t.step_key IN (:...raiseSteps) AND (t.closed_at IS NOT NULL OR t.due_at IS DISTINCT FROM r.deadline_at
              OR t.opened_at IS DISTINCT FROM ${plus1ms(d, 'r.deadline_at')}))`,
      { answerStep: ANSWER_RECTIFICATION.stepKey, raiseSteps: RECTIFICATION_ESCALATIONS.map((e) => e.stepKey) },
    ),
    sqlRule(
      'R13 rectification deadline = report + 24 h',
      (d) => `SELECT d.doc_no || ' deadline ' || r.deadline_at || ', report ' || coalesce(ad.doc_no, 'none') || ' recorded ' || coalesce(a.recorded_at, 'never') AS example
       FROM rectifications r JOIN documents d ON d.id = r.document_id LEFT JOIN acceptances a ON a.document_id = r.acceptance_id LEFT JOIN documents ad ON ad.id = r.acceptance_id
       WHERE a.recorded_at IS NULL OR ad.state <> 'approved' OR a.work_order_id <> r.work_order_id OR a.contract_id <> r.contract_id
          OR r.deadline_at IS DISTINCT FROM ${plus24h(d, 'a.recorded_at')}
          OR NOT EXISTS (SELECT 1 FROM acceptance_lines l WHERE l.document_id = r.acceptance_id AND (l.appearance_ok = 0 OR l.function_ok = 0))`,
    ),
    sqlRule(
      'R13 rectification answered',
      `SELECT d.doc_no || ' (' || d.state || ') answered ' || coalesce(r.answered_at, 'never') AS example
       FROM rectifications r JOIN documents d ON d.id = r.document_id
       WHERE (d.state IN ('answered', 'verified')) <> (r.answered_at IS NOT NULL AND r.answer IS NOT NULL AND r.done_by IS NOT NULL AND r.answered_by_user_id IS NOT NULL)
          OR (d.state = 'verified') <> EXISTS (SELECT 1 FROM acceptances a JOIN documents ad ON ad.id = a.document_id WHERE a.rectification_id = r.document_id AND ad.state = 'approved')`,
    ),
    sqlRule(
      'R24 rectification links',
      `SELECT d.doc_no || ' has no madeFrom link to its acceptance' AS example
       FROM rectifications r JOIN documents d ON d.id = r.document_id
       WHERE NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = r.document_id AND l.to_document_id = r.acceptance_id AND l.kind = 'madeFrom')`,
    ),
  ],
}
