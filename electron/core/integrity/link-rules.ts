import { DOC_TYPES } from '../../../shared/doc-types'
import { sqlRule, type IntegrityRule } from './integrity-rule'

// Issue 9: links between documents (R24), business states, and R19 closing, checked set-based.

/** Per type, the states in which a closed document may be: its lifecycle's closable ones. */
const CLOSABLE = Object.entries(DOC_TYPES)
  .map(([docType, t]) => `(d.doc_type = '${docType}' AND d.state IN (${t.lifecycle.closable.map((s) => `'${s}'`).join(', ') || 'NULL'}))`)
  .join(' OR ')

export const linkRules: IntegrityRule[] = [
  // Every contract links to exactly the application it was made from, and no link points elsewhere.
  sqlRule(
    'R24 contract links',
    `SELECT cd.doc_no || ' has ' || (SELECT count(*) FROM document_links l WHERE l.from_document_id = c.document_id) || ' link(s)' AS example
     FROM contracts c JOIN documents cd ON cd.id = c.document_id
     WHERE (SELECT count(*) FROM document_links l WHERE l.from_document_id = c.document_id) <> 1
        OR NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = c.document_id AND l.to_document_id = c.application_id AND l.kind = 'madeFrom')
     UNION ALL
     SELECT 'link ' || l.id || ' from ' || coalesce(f.doc_no, '#' || l.from_document_id) || ' to ' || coalesce(t.doc_no, '#' || l.to_document_id)
     FROM document_links l LEFT JOIN documents f ON f.id = l.from_document_id LEFT JOIN documents t ON t.id = l.to_document_id
     WHERE f.id IS NULL OR t.id IS NULL OR l.created_at <> f.created_at OR l.created_at < t.created_at`,
  ),
  // An application is 已转合同 exactly when a contract was made from it.
  sqlRule(
    'application contracted',
    `SELECT d.doc_no || ' is ' || d.state || (CASE WHEN c.document_id IS NULL THEN ' without' ELSE ' with' END) || ' a contract' AS example
     FROM documents d LEFT JOIN contracts c ON c.application_id = d.id
     WHERE d.doc_type = 'application' AND (d.state = 'contracted') <> (c.document_id IS NOT NULL)`,
  ),
  // R19: only a finished document is closed, it has no open task, and its closing is in the trail.
  sqlRule(
    'R19 closed documents',
    `SELECT d.doc_no || ' closed while ' || d.state AS example FROM documents d
     WHERE d.closed_at IS NOT NULL AND NOT (${CLOSABLE})
     UNION ALL
     SELECT d.doc_no || ' closed with an open task' FROM documents d
     WHERE d.closed_at IS NOT NULL AND EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND t.closed_at IS NULL)
     UNION ALL
     SELECT d.doc_no || ' closed without a close event' FROM documents d
     WHERE d.closed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.entity_type = 'document' AND a.entity_id = d.id AND a.action = 'close')`,
  ),
]
