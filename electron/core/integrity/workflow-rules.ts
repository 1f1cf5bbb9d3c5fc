import { DOC_TYPES } from '../../../shared/doc-types'
import { APPROVAL_STATES } from '../../../shared/document-states'
import { REVISE_TASK } from '../workflow/transition'
import { chainStepsCte, expectedTasksCte } from './chain-steps'
import { sqlRule, type IntegrityRule } from './integrity-rule'
import type { DeclaredTypes } from './type-integrity'

// The engine's bookkeeping (workflow/apply-action.ts): a state implies its current step, route, round
// and last signer; queues are rows (DESIGN.md), so the open tasks must say exactly what the states say.

/** Every lifecycle's business states (已转合同, 已排产, 已红冲 …): reached after approval, they keep its route. */
const BUSINESS_STATES = [...new Set(Object.values(DOC_TYPES).flatMap((t) => t.lifecycle.transitions.map((tr) => tr.to)))].filter(
  (state) => !(state in APPROVAL_STATES), // a move back to 已签订 (the contract's last notice voided) is approved as before
)

/**
 * The follow-up tasks each document should have open now: its type's (the application's 签订合同 until
 * its contract is made, R4; a signed notice's 出具合格证 and 成品入库, R6 → R7) while the type says each is
 * open. One row per expected task; values are bound.
 */
function followUps(types: DeclaredTypes): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {}
  const selects = types.flatMap(([docType, t], i) =>
    [...(t.followUpTask ? [t.followUpTask] : []), ...(t.followUpTasks ?? [])].map((task, j) => {
      const k = `${i}_${j}`
      Object.assign(params, { [`followUpType${k}`]: docType, [`followUpStep${k}`]: task.stepKey, [`followUpRole${k}`]: task.role })
      const states = (task.states ?? ['approved']).map((state) => `'${state.replace(/'/g, '')}'`).join(', ')
      return `SELECT d.id AS document_id, CAST(:followUpStep${k} AS TEXT) AS step_key, CAST(:followUpRole${k} AS TEXT) AS role FROM documents d
        WHERE d.doc_type = :followUpType${k} AND d.state IN (${states}) AND (${task.openWhile})`
    }),
  )
  return { sql: selects.length ? selects.join(' UNION ALL ') : `SELECT 0 AS document_id, '' AS step_key, '' AS role WHERE 1 = 0`, params }
}

// pending ⇒ as many open tasks as the current step still waits for (one, or one per countersign role
// still to sign), all on that step; rejected ⇒ one 'revise' task for the drafter; approved or a business
// state ⇒ exactly its type's follow-up tasks due now (an application's 签订合同 for the sales head, R4),
// each once, for the role and no person; every other state ⇒ none.
function openTasksRule(types: DeclaredTypes): IntegrityRule {
  const due = followUps(types)
  return sqlRule(
    'open tasks',
    (d) => `WITH ${chainStepsCte(d)}, ${expectedTasksCte(d)},
     open AS (
       SELECT document_id, count(*) AS n, count(DISTINCT step_key) AS steps, min(step_key) AS first_step, max(step_key) AS step_key,
              max(assignee_user_id) AS assignee, max(role) AS role
       FROM tasks WHERE closed_at IS NULL GROUP BY document_id),
     waiting AS (SELECT document_id, count(*) AS n FROM expected_tasks GROUP BY document_id),
     follow_ups AS (${due.sql}),
     due AS (SELECT document_id, count(*) AS n FROM follow_ups GROUP BY document_id),
     stray AS (
       SELECT t.document_id, count(*) AS n FROM tasks t
       WHERE t.closed_at IS NULL AND (t.assignee_user_id IS NOT NULL
         OR NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.document_id = t.document_id AND f.step_key = t.step_key AND f.role = t.role))
       GROUP BY t.document_id)
     SELECT d.doc_no || ' ' || d.state || coalesce(' at ' || d.current_step, '') || ': ' || coalesce(o.n, 0) || ' open task(s)'
       || coalesce(' (' || o.step_key || ')', '') AS example
     FROM documents d LEFT JOIN open o ON o.document_id = d.id LEFT JOIN waiting w ON w.document_id = d.id
       LEFT JOIN due u ON u.document_id = d.id LEFT JOIN stray s ON s.document_id = d.id
     WHERE CASE d.state
       -- No expectation when the route or step cannot be read ('state and step' reports that): then at least one task.
       WHEN 'pending' THEN (CASE WHEN w.n IS NULL THEN o.n IS NULL ELSE o.n IS DISTINCT FROM w.n END)
         OR o.step_key IS DISTINCT FROM d.current_step OR o.first_step IS DISTINCT FROM d.current_step
       WHEN 'rejected' THEN o.n IS DISTINCT FROM 1 OR o.step_key IS DISTINCT FROM :revise OR o.assignee IS DISTINCT FROM d.drafter_user_id OR o.role IS NOT NULL
       ${['approved', ...BUSINESS_STATES].map((state) => `WHEN '${state}' THEN coalesce(o.n, 0) <> coalesce(u.n, 0) OR o.steps IS DISTINCT FROM o.n OR s.n IS NOT NULL`).join('\n       ')}
       ELSE o.n IS NOT NULL END`,
    { revise: REVISE_TASK.stepKey, ...due.params },
  )
}

export const workflowRules = (types: DeclaredTypes): IntegrityRule[] => [
  sqlRule(
    'state and step',
    (d) => `WITH ${chainStepsCte(d)}
     SELECT d.doc_no || ' ' || d.state || coalesce(' at ' || d.current_step, '') || ', round ' || d.round AS example
     FROM documents d
     WHERE CASE d.state
       WHEN 'draft' THEN d.current_step IS NOT NULL OR d.route IS NOT NULL OR d.round <> 0 OR d.last_signer_user_id IS NOT NULL
       WHEN 'pending' THEN CASE
         WHEN d.current_step IS NULL OR d.round < 1 OR ${d.json('d.route')} IS NULL THEN TRUE
         ELSE NOT EXISTS (SELECT 1 FROM ${d.jsonElements(d.json('d.route'), 'r')} WHERE ${d.jsonText(d.element('r'), 'key')} = d.current_step)
           OR NOT EXISTS (SELECT 1 FROM steps s WHERE s.doc_type = d.doc_type AND s.version = d.chain_version AND s.key = d.current_step)
           -- R3, R20: nobody has signed this round exactly while the document waits at its first step
           -- and no one has countersigned it yet.
           OR (${d.jsonText(d.json('d.route'), '0.key')} = d.current_step AND ${d.jsonArrayLength(d.json('d.route'), '0.signatures')} = 0)
              = (d.last_signer_user_id IS NOT NULL) END
       WHEN 'approved' THEN d.current_step IS NOT NULL OR d.route IS NULL OR d.round < 1
       -- A business state after approval (the type's lifecycle) keeps the approved route.
       ${BUSINESS_STATES.map((state) => `WHEN '${state}' THEN d.current_step IS NOT NULL OR d.route IS NULL OR d.round < 1`).join('\n       ')}
       WHEN 'rejected' THEN d.current_step IS NOT NULL OR d.route IS NULL OR d.round < 1 OR d.last_signer_user_id IS NOT NULL
       WHEN 'withdrawn' THEN d.current_step IS NOT NULL OR d.route IS NULL OR d.round < 1 OR d.last_signer_user_id IS NOT NULL
       WHEN 'voided' THEN d.current_step IS NOT NULL OR d.last_signer_user_id IS NOT NULL
       ELSE TRUE END`,
  ),
  // A route is planned under one saved chain version and only then (ChainVersions): the document names
  // it, it exists, and the chain in force is its type's newest version, word for word.
  sqlRule(
    'chain version',
    `SELECT d.doc_no || ' route under chain version ' || coalesce(CAST(d.chain_version AS TEXT), 'none') AS example
     FROM documents d
     WHERE (d.route IS NULL) <> (d.chain_version IS NULL)
        OR (d.chain_version IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM workflow_definition_versions v WHERE v.doc_type = d.doc_type AND v.version = d.chain_version))
     UNION ALL
     SELECT w.doc_type || ' chain in force is version ' || w.version || ', not its newest saved one' AS example
     FROM workflow_definitions w LEFT JOIN workflow_definition_versions v ON v.doc_type = w.doc_type AND v.version = w.version
     WHERE v.doc_type IS NULL OR v.definition <> w.definition
        OR EXISTS (SELECT 1 FROM workflow_definition_versions n WHERE n.doc_type = w.doc_type AND n.version > w.version)`,
  ),
  openTasksRule(types),
  // Each open task of a waiting step is one the route still expects: for the person it names (the
  // drafter's manager) in the step's role, else for the step's role — for a countersign (会签) step, a
  // role that has not signed yet this round, one task per role.
  sqlRule(
    'task assignee',
    (d) => `WITH ${chainStepsCte(d)}, ${expectedTasksCte(d)}
     SELECT d.doc_no || ' at ' || d.current_step || ': task for ' || coalesce(t.role, 'no role') || ' / user '
       || coalesce(CAST(t.assignee_user_id AS TEXT), 'none') AS example
     FROM tasks t JOIN documents d ON d.id = t.document_id
     WHERE t.closed_at IS NULL AND d.state = 'pending' AND t.step_key = d.current_step AND ${d.json('d.route')} IS NOT NULL
       AND (NOT EXISTS (SELECT 1 FROM expected_tasks e WHERE e.document_id = t.document_id AND e.role IS NOT DISTINCT FROM t.role
                          AND e.assignee IS NOT DISTINCT FROM t.assignee_user_id)
         OR EXISTS (SELECT 1 FROM tasks u WHERE u.document_id = t.document_id AND u.closed_at IS NULL AND u.step_key = t.step_key
                      AND u.role IS NOT DISTINCT FROM t.role AND u.id < t.id))`,
  ),
  // A task copies its document's number, type and drafter; closing it records who and how, after it opened.
  sqlRule(
    'task bookkeeping',
    `SELECT 'task ' || t.id || ' of ' || coalesce(d.doc_no, t.doc_no) AS example
     FROM tasks t LEFT JOIN documents d ON d.id = t.document_id
     WHERE d.id IS NULL OR t.doc_no IS DISTINCT FROM d.doc_no OR t.doc_type IS DISTINCT FROM d.doc_type OR t.drafter_name IS DISTINCT FROM d.drafter_name
        OR (t.closed_at IS NULL) <> (t.closed_by_user_id IS NULL) OR (t.closed_at IS NULL) <> (t.closed_action IS NULL)
        OR t.closed_at < t.opened_at OR t.opened_at < d.created_at`,
  ),
]
