import type { Dialect } from './dialect'
import { sqlRule, type IntegrityRule } from './integrity-rule'

// 代理审批 (issue 10): a signature given as someone's deputy is backed by a deputy period, and R20 holds
// for the principal as for the deputy (workflow/transition.ts, deputies/acting-as.ts).

export const deputyRules: IntegrityRule[] = [
  // The event's deputy and principal are a period's, its Shanghai day within the period, and it was
  // signed after the period was set and before any revocation.
  sqlRule(
    'R21 on-behalf signature has its deputy period',
    (d: Dialect) => `SELECT coalesce(a.doc_no, '#' || coalesce(CAST(a.entity_id AS TEXT), '?')) || ': ' || a.action || ' by ' || a.user_name
       || ' for ' || coalesce(a.on_behalf_of_name, '#' || CAST(a.on_behalf_of_user_id AS TEXT)) || ' at ' || a.at || ' without a deputy period' AS example
     FROM audit_events a
     WHERE a.on_behalf_of_user_id IS NOT NULL AND (a.on_behalf_of_name IS NULL OR NOT EXISTS (
       SELECT 1 FROM deputies p
        WHERE p.principal_user_id = a.on_behalf_of_user_id AND p.deputy_user_id = a.user_id
          AND p.from_day <= ${d.shanghaiDay('a.at')} AND p.to_day >= ${d.shanghaiDay('a.at')}
          AND p.created_at <= a.at AND (p.revoked_at IS NULL OR a.at < p.revoked_at)))`,
  ),
  sqlRule(
    'R20 drafter signs through a deputy',
    `SELECT d.doc_no || ': ' || a.action || ' by ' || a.user_name || ' for its drafter ' || coalesce(a.on_behalf_of_name, '?') AS example
     FROM audit_events a JOIN documents d ON d.id = a.entity_id
     WHERE a.entity_type = 'document' AND a.action IN ('approve', 'reject') AND a.on_behalf_of_user_id = d.drafter_user_id`,
  ),
  sqlRule(
    'deputy period is a period of two people',
    `SELECT 'deputy period #' || id || ': ' || from_day || '–' || to_day || ', principal #' || principal_user_id || ', deputy #' || deputy_user_id AS example
     FROM deputies WHERE to_day < from_day OR principal_user_id = deputy_user_id`,
  ),
]
