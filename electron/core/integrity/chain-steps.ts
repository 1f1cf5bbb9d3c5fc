import type { Dialect } from './dialect'

/**
 * The steps of every chain version ever saved (workflow/definition.ts, stored as JSON in
 * workflow_definition_versions; a document follows the version in documents.chain_version),
 * materialised once per query: `steps(doc_type, version, key, kind)` and `step_roles(doc_type, version, key, kind, role)`
 * with one row per role that signs a step — its role, the fallback role of a "drafter's manager" step,
 * or each role of a countersign (会签) step, as workflow/step-roles.ts reads them.
 */
export function chainStepsCte(d: Dialect): string {
  const step = d.element('s')
  return `step_json AS MATERIALIZED (
    SELECT w.doc_type AS doc_type, w.version AS version, ${d.jsonText(step, 'key')} AS key, ${d.jsonText(step, 'actor.kind')} AS kind, ${d.jsonAt(step, 'actor')} AS actor
    FROM workflow_definition_versions w, ${d.jsonElements(d.jsonAt(d.json('w.definition'), 'steps'), 's')}),
  steps AS MATERIALIZED (SELECT doc_type, version, key, kind FROM step_json),
  step_roles AS MATERIALIZED (
    SELECT doc_type, version, key, kind, coalesce(${d.jsonText('actor', 'role')}, ${d.jsonText('actor', 'fallbackRole')}) AS role
    FROM step_json WHERE kind <> 'countersign'
    UNION ALL
    SELECT j.doc_type, j.version, j.key, j.kind, ${d.elementText('r')} FROM step_json j, ${d.jsonElements(d.jsonAt('j.actor', 'roles'), 'r')}
    WHERE j.kind = 'countersign')`
}

/**
 * The open tasks a pending document must have (workflow/transition.ts tasksFor): on the current step
 * of its route, one for the person the route names (a drafter's manager) in the step's role, else one
 * per role of the step that has not signed yet this round — a single role, or a countersign's roles
 * still to sign. Needs chainStepsCte before it.
 */
export function expectedTasksCte(d: Dialect): string {
  const entry = d.element('e')
  return `current_entry AS MATERIALIZED (
    SELECT d.id AS document_id, d.doc_type AS doc_type, d.chain_version AS chain_version, d.current_step AS step_key, ${entry} AS entry
    FROM documents d, ${d.jsonElements(d.json('d.route'), 'e')}
    WHERE d.state = 'pending' AND ${d.jsonText(entry, 'key')} = d.current_step),
  expected_tasks AS MATERIALIZED (
    SELECT c.document_id AS document_id, c.step_key AS step_key, r.role AS role, ${d.jsonNumber('c.entry', 'assigneeUserId')} AS assignee
    FROM current_entry c JOIN step_roles r ON r.doc_type = c.doc_type AND r.version = c.chain_version AND r.key = c.step_key
    WHERE r.kind <> 'countersign'
       OR NOT EXISTS (SELECT 1 FROM ${d.jsonElements(d.jsonAt('c.entry', 'signatures'), 'g')} WHERE ${d.jsonText(d.element('g'), 'role')} = r.role))`
}
