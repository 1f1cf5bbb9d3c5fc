import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'

// The gate pass's invariants for checkIntegrity (both databases): a pass only for a posted slip — a live
// pass's slip is 已出库 (R24 refuses its void while the pass stands); one live pass per slip; its madeFrom
// link to the slip. The guard's 登记出门证 task is the slip's (outbound-slip-integrity.ts declares it).

export const gatePassIntegrity: TypeIntegrity = {
  body: 'gate_passes',
  rules: [
    sqlRule(
      'R10 gate pass only for a posted slip',
      `SELECT d.doc_no || ' (' || d.state || ') for ' || coalesce(sd.doc_no || ' (' || sd.doc_type || ', ' || sd.state || ')', 'no document') AS example
       FROM gate_passes g JOIN documents d ON d.id = g.document_id LEFT JOIN documents sd ON sd.id = g.outbound_slip_id
       WHERE d.state <> 'voided' AND (sd.id IS NULL OR sd.doc_type <> 'outboundSlip' OR sd.state <> 'approved')`,
    ),
    sqlRule(
      'R10 one gate pass per slip',
      `SELECT sd.doc_no || ' has ' || count(*) || ' live gate passes' AS example
       FROM gate_passes g JOIN documents d ON d.id = g.document_id JOIN documents sd ON sd.id = g.outbound_slip_id
       WHERE d.state <> 'voided' GROUP BY sd.id, sd.doc_no HAVING count(*) > 1`,
    ),
    sqlRule(
      'R24 gate pass links',
      `SELECT d.doc_no || ' has no madeFrom link to its outbound slip' AS example
       FROM gate_passes g JOIN documents d ON d.id = g.document_id
       WHERE NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = g.document_id AND l.to_document_id = g.outbound_slip_id AND l.kind = 'madeFrom')`,
    ),
  ],
}
