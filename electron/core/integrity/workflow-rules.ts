import { MAKE_CONTRACT } from '../doc-types/application/application-kind'
import { STEPS_CTE, sqlRule, type IntegrityRule } from './integrity-rule'

// The engine's bookkeeping (workflow/apply-action.ts): a state implies its current step, route, round
// and last signer; queues are rows (DESIGN.md), so the open tasks must say exactly what the states say.

export const workflowRules: IntegrityRule[] = [
  sqlRule(
    'state and step',
    `WITH ${STEPS_CTE}
     SELECT d.doc_no || ' ' || d.state || coalesce(' at ' || d.current_step, '') || ', round ' || d.round AS example
     FROM documents d
     WHERE CASE d.state
       WHEN 'draft' THEN d.current_step IS NOT NULL OR d.route IS NOT NULL OR d.round <> 0 OR d.last_signer_user_id IS NOT NULL
       WHEN 'pending' THEN CASE
         WHEN d.current_step IS NULL OR d.round < 1 OR d.route IS NULL OR NOT json_valid(d.route) THEN 1
         ELSE NOT EXISTS (SELECT 1 FROM json_each(d.route) r WHERE json_extract(r.value, '$.key') = d.current_step)
           OR NOT EXISTS (SELECT 1 FROM steps s WHERE s.doc_type = d.doc_type AND s.key = d.current_step)
           -- R3, R20: nobody has signed this round exactly while the document waits at its first step.
           OR (json_extract(d.route, '$[0].key') = d.current_step) = (d.last_signer_user_id IS NOT NULL) END
       WHEN 'approved' THEN d.current_step IS NOT NULL OR d.route IS NULL OR d.round < 1
       -- A business state after approval (the type's lifecycle) keeps the approved route.
       WHEN 'contracted' THEN d.current_step IS NOT NULL OR d.route IS NULL OR d.round < 1
       WHEN 'rejected' THEN d.current_step IS NOT NULL OR d.route IS NULL OR d.round < 1 OR d.last_signer_user_id IS NOT NULL
       WHEN 'withdrawn' THEN d.current_step IS NOT NULL OR d.route IS NULL OR d.round < 1 OR d.last_signer_user_id IS NOT NULL
       WHEN 'voided' THEN d.current_step IS NOT NULL OR d.last_signer_user_id IS NOT NULL
       ELSE 1 END`,
  ),
  // pending ⇒ exactly one open task, for the current step; rejected ⇒ one 'revise' task for the
  // drafter; an approved application without its contract ⇒ one 签订合同 task for the sales head (R4);
  // every other state ⇒ none.
  sqlRule(
    'open tasks',
    `WITH open AS (
       SELECT document_id, count(*) AS n, max(step_key) AS step_key, max(assignee_user_id) AS assignee, max(role) AS role
       FROM tasks WHERE closed_at IS NULL GROUP BY document_id)
     SELECT d.doc_no || ' ' || d.state || coalesce(' at ' || d.current_step, '') || ': ' || coalesce(o.n, 0) || ' open task(s)'
       || coalesce(' (' || o.step_key || ')', '') AS example
     FROM documents d LEFT JOIN open o ON o.document_id = d.id
     WHERE CASE d.state
       WHEN 'pending' THEN o.n IS NOT 1 OR o.step_key IS NOT d.current_step
       WHEN 'rejected' THEN o.n IS NOT 1 OR o.step_key IS NOT 'revise' OR o.assignee IS NOT d.drafter_user_id OR o.role IS NOT NULL
       WHEN 'approved' THEN CASE WHEN d.doc_type = 'application' AND NOT EXISTS (SELECT 1 FROM contracts c WHERE c.application_id = d.id)
         THEN o.n IS NOT 1 OR o.step_key IS NOT '${MAKE_CONTRACT.stepKey}' OR o.role IS NOT '${MAKE_CONTRACT.role}' OR o.assignee IS NOT NULL
         ELSE o.n IS NOT NULL END
       ELSE o.n IS NOT NULL END`,
  ),
  // The open task goes to the person the route names (the drafter's manager), else to the step's role.
  sqlRule(
    'task assignee',
    `WITH ${STEPS_CTE}
     SELECT d.doc_no || ' at ' || d.current_step || ': task for ' || coalesce(t.role, 'no role') || ' / user ' || coalesce(t.assignee_user_id, 'none') AS example
     FROM tasks t JOIN documents d ON d.id = t.document_id
     WHERE t.closed_at IS NULL AND d.state = 'pending' AND t.step_key = d.current_step
       AND CASE WHEN json_valid(d.route) THEN
         t.role IS NOT (SELECT s.role FROM steps s WHERE s.doc_type = d.doc_type AND s.key = t.step_key)
         OR t.assignee_user_id IS NOT (SELECT json_extract(r.value, '$.assigneeUserId') FROM json_each(d.route) r
                                       WHERE json_extract(r.value, '$.key') = t.step_key)
       ELSE 0 END`,
  ),
  // A task copies its document's number, type and drafter; closing it records who and how, after it opened.
  sqlRule(
    'task bookkeeping',
    `SELECT 'task ' || t.id || ' of ' || coalesce(d.doc_no, t.doc_no) AS example
     FROM tasks t LEFT JOIN documents d ON d.id = t.document_id
     WHERE d.id IS NULL OR t.doc_no IS NOT d.doc_no OR t.doc_type IS NOT d.doc_type OR t.drafter_name IS NOT d.drafter_name
        OR (t.closed_at IS NULL) <> (t.closed_by_user_id IS NULL) OR (t.closed_at IS NULL) <> (t.closed_action IS NULL)
        OR t.closed_at < t.opened_at OR t.opened_at < d.created_at`,
  ),
]
