import { DOCUMENT_ACTIONS } from '../../../shared/document-states'
import { ADVANCE_ACTION } from '../workflow/advance'
import { chainStepsCte } from './chain-steps'
import type { Dialect } from './dialect'
import { sqlRule, type IntegrityRule } from './integrity-rule'

// R21 and R20 read off the audit trail: every state change is one event, the events chain from
// null→draft to the document's state, each versioned action moved the version once, and the
// signatures respect segregation of duties.

/**
 * The events that move a document's version (create starts it at 1; edits and every engine action
 * add one). Seal uses are audited against the contract but change nothing on it, so they do not count.
 */
const VERSIONED_ACTIONS = ['create', 'edit', ADVANCE_ACTION, ...Object.keys(DOCUMENT_ACTIONS)]

/**
 * A CTE `events` of document events with their details as JSON (workflow/transition.ts writes
 * `{ step, round }`), materialised so each is parsed once: an expression over a flattened subquery is
 * copied wherever it is used, and on PostgreSQL that is a jsonb cast each time.
 */
const signedEvents = (d: Dialect, actions: string) =>
  `events AS MATERIALIZED (SELECT a.*, ${d.json('a.details')} AS dj FROM audit_events a WHERE a.entity_type = 'document' AND a.action IN (${actions}))`

export const auditRules: IntegrityRule[] = [
  sqlRule(
    'R21 state chain',
    `WITH changes AS (
       SELECT entity_id, doc_no, from_state, to_state, LAG(to_state) OVER w AS previous, ROW_NUMBER() OVER w AS n
       FROM audit_events WHERE entity_type = 'document' AND to_state IS NOT NULL
       WINDOW w AS (PARTITION BY entity_id ORDER BY id))
     SELECT coalesce(doc_no, '#' || entity_id) || ': ' || coalesce(from_state, 'null') || '→' || to_state
       || ' after ' || coalesce(previous, 'nothing') AS example
     FROM changes
     WHERE CASE WHEN n = 1 THEN from_state IS NOT NULL OR to_state IS DISTINCT FROM 'draft' ELSE from_state IS DISTINCT FROM previous END`,
  ),
  sqlRule(
    'R21 final state',
    `WITH last AS (SELECT entity_id, max(id) AS id FROM audit_events WHERE entity_type = 'document' AND to_state IS NOT NULL GROUP BY entity_id)
     SELECT d.doc_no || ' is ' || d.state || ', its last audited state ' || coalesce(a.to_state, 'none') AS example
     FROM documents d LEFT JOIN last l ON l.entity_id = d.id LEFT JOIN audit_events a ON a.id = l.id
     WHERE a.to_state IS DISTINCT FROM d.state`,
  ),
  sqlRule(
    'R21 audit names its document',
    `SELECT 'audit event ' || a.id || ' (' || a.action || ') says ' || coalesce(a.doc_no, 'no number') || ' for document #'
       || coalesce(CAST(a.entity_id AS TEXT), 'null') AS example
     FROM audit_events a LEFT JOIN documents d ON d.id = a.entity_id
     WHERE a.entity_type = 'document' AND (d.id IS NULL OR a.doc_no IS DISTINCT FROM d.doc_no)`,
  ),
  sqlRule(
    'version = audited actions',
    `WITH counted AS (
       SELECT entity_id, count(*) AS n FROM audit_events
       WHERE entity_type = 'document' AND action IN (:...versioned) GROUP BY entity_id)
     SELECT d.doc_no || ': version ' || d.version || ', ' || coalesce(c.n, 0) || ' audited actions' AS example
     FROM documents d LEFT JOIN counted c ON c.entity_id = d.id
     WHERE c.n IS DISTINCT FROM d.version`,
    { versioned: VERSIONED_ACTIONS },
  ),
  sqlRule(
    'R20 drafter signs',
    `SELECT d.doc_no || ': ' || a.action || ' by its drafter ' || a.user_name AS example
     FROM audit_events a JOIN documents d ON d.id = a.entity_id
     WHERE a.entity_type = 'document' AND a.action IN ('approve', 'reject') AND a.user_id = d.drafter_user_id`,
  ),
  // Within a round, steps advance only by approval: an approval right after the same person's
  // approval of the same round is two successive steps signed by one person (a countersign's
  // signatures are by different people: workflow/transition.ts refuses ALREADY_COUNTERSIGNED).
  // 代理审批: a deputy's signature counts for both the deputy and the principal (transition.ts's
  // previousSigners), so the two events' signers — user and on-behalf-of — must not meet.
  sqlRule(
    'R20 successive signatures',
    (d) => `WITH ${signedEvents(d, "'submit', 'approve', 'reject', 'withdraw', 'void'")},
     rounds AS MATERIALIZED (SELECT doc_no, entity_id, id, action, user_id, on_behalf_of_user_id, user_name, ${d.jsonNumber('dj', 'round')} AS round FROM events),
     moves AS (
       SELECT doc_no, entity_id, action, user_id, on_behalf_of_user_id, user_name, round,
         LAG(action) OVER w AS previous_action, LAG(user_id) OVER w AS previous_user,
         LAG(on_behalf_of_user_id) OVER w AS previous_principal, LAG(round) OVER w AS previous_round
       FROM rounds
       WINDOW w AS (PARTITION BY entity_id ORDER BY id))
     SELECT coalesce(doc_no, '#' || entity_id) || ': ' || user_name || ' signed two successive steps of round '
       || coalesce(CAST(round AS TEXT), '?') AS example
     FROM moves
     WHERE action IN ('approve', 'reject') AND previous_action = 'approve'
       AND (previous_user = user_id OR previous_user = on_behalf_of_user_id
         OR previous_principal = user_id OR previous_principal = on_behalf_of_user_id)
       AND previous_round IS NOT DISTINCT FROM round`,
  ),
  // The details name the step and round (the chain view and R20 read them), and the role is one the
  // step is signed in (a countersign step has several).
  sqlRule(
    'R21 signature records step, round and role',
    (d) => `WITH ${chainStepsCte(d)}, ${signedEvents(d, "'approve', 'reject'")}
     SELECT coalesce(a.doc_no, '#' || a.entity_id) || ': ' || a.action || ' by ' || a.user_name || ' as ' || coalesce(a.role, 'no role')
       || ', details ' || coalesce(a.details, 'none') AS example
     FROM events a JOIN documents d ON d.id = a.entity_id
     WHERE CASE WHEN a.dj IS NULL THEN TRUE
         ELSE NOT ${d.jsonIsInteger('a.dj', 'round')} OR NOT ${d.jsonIsString('a.dj', 'step')}
           OR ${d.jsonNumber('a.dj', 'round')} NOT BETWEEN 1 AND d.round
           OR NOT EXISTS (SELECT 1 FROM step_roles s WHERE s.doc_type = d.doc_type AND s.key = ${d.jsonText('a.dj', 'step')} AND s.role = a.role) END`,
  ),
]
