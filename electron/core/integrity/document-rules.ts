import { DOC_TYPES } from '../../../shared/doc-types'
import { sqlRule, type IntegrityRule } from './integrity-rule'
import type { DeclaredTypes } from './type-integrity'

// What holds for every document type, read from what each type declares (type-integrity.ts): its body
// rows, links between documents (R24) and R19 closing. A type's own invariants are in its folder.

/** Per type, the states in which a closed document may be: its lifecycle's closable ones. */
const CLOSABLE = Object.entries(DOC_TYPES)
  .map(([docType, t]) => `(d.doc_type = '${docType}' AND d.state IN (${t.lifecycle.closable.map((s) => `'${s}'`).join(', ') || 'NULL'}))`)
  .join(' OR ')

/** Every document has its type's body row, and a body or line row belongs to a document of its type. */
function documentBodies(types: DeclaredTypes): IntegrityRule {
  const missing = types.map(([docType, t]) => `(d.doc_type = '${docType}' AND NOT EXISTS (SELECT 1 FROM ${t.body} b WHERE b.document_id = d.id))`)
  const foreign = types.flatMap(([docType, t]) =>
    [t.body, ...(t.lines ?? [])].map(
      (table) => `SELECT '${table} row of ' || d.doc_no || ' (' || d.doc_type || ')' FROM ${table} b JOIN documents d ON d.id = b.document_id WHERE d.doc_type <> '${docType}'`,
    ),
  )
  return sqlRule(
    'document bodies',
    [`SELECT d.doc_no || ' (' || d.doc_type || ') has no body row' AS example FROM documents d WHERE ${missing.join(' OR ') || 'FALSE'}`, ...foreign].join(' UNION ALL '),
  )
}

export function documentRules(types: DeclaredTypes): IntegrityRule[] {
  return [
    documentBodies(types),
    // R24: a link joins two documents, made when its source was (createDocument writes both at once),
    // never to a document made after it.
    sqlRule(
      'R24 links',
      `SELECT 'link ' || l.id || ' from ' || coalesce(f.doc_no, '#' || l.from_document_id) || ' to ' || coalesce(t.doc_no, '#' || l.to_document_id) AS example
       FROM document_links l LEFT JOIN documents f ON f.id = l.from_document_id LEFT JOIN documents t ON t.id = l.to_document_id
       WHERE f.id IS NULL OR t.id IS NULL OR l.created_at <> f.created_at OR l.created_at < t.created_at`,
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
}
