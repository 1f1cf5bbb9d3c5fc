import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'
import { ALLOCATE_PAYMENT } from './payment-task'

// The payment's invariants for checkIntegrity (integrity/, both databases). R14: allocations never
// exceed the payment nor the contract, each is audited, the running figure is their sum; R24: a red
// entry (红冲) reverses exactly one recorded payment, which then holds no allocations.

const NET = `(SELECT payment_id, contract_id, sum(direction * amount_fen) AS net FROM payment_allocations GROUP BY payment_id, contract_id)`

export const paymentIntegrity: TypeIntegrity = {
  body: 'payments',
  // R14: a recorded payment with money not allocated waits in finance's 待办.
  followUpTask: {
    stepKey: ALLOCATE_PAYMENT.stepKey, role: ALLOCATE_PAYMENT.role,
    openWhile: `EXISTS (SELECT 1 FROM payments p WHERE p.document_id = d.id AND p.reverses_payment_id IS NULL AND p.allocated_fen < p.amount_fen)`,
  },
  rules: [
    sqlRule(
      'R14 allocations within the payment',
      `SELECT d.doc_no || ': amount ' || p.amount_fen || ', allocated ' || p.allocated_fen || ', allocations ' || coalesce(CAST(s.total AS TEXT), '0') AS example
       FROM payments p JOIN documents d ON d.id = p.document_id
       LEFT JOIN (SELECT payment_id, sum(direction * amount_fen) AS total FROM payment_allocations GROUP BY payment_id) s ON s.payment_id = p.document_id
       WHERE coalesce(s.total, 0) <> p.allocated_fen OR p.allocated_fen < 0
          OR p.amount_fen <= 0 OR p.allocated_fen > p.amount_fen
          OR (p.reverses_payment_id IS NOT NULL AND s.total IS NOT NULL)
          OR (s.total IS NOT NULL AND d.state NOT IN ('approved', 'reversed'))
       UNION ALL
       SELECT d.doc_no || ' gives ' || n.net || ' to contract #' || n.contract_id
       FROM ${NET} n JOIN documents d ON d.id = n.payment_id WHERE n.net < 0
       UNION ALL
       SELECT 'allocation ' || id || ' has direction ' || direction FROM payment_allocations WHERE direction NOT IN (1, -1)`,
    ),
    sqlRule(
      'R14 allocations within the contract',
      `SELECT coalesce(cd.doc_no, '#' || s.contract_id) || ': collected ' || s.total || ' of ' || coalesce(CAST(c.amount_fen AS TEXT), 'no contract') AS example
       FROM (SELECT contract_id, sum(direction * amount_fen) AS total FROM payment_allocations GROUP BY contract_id) s
       LEFT JOIN contracts c ON c.document_id = s.contract_id LEFT JOIN documents cd ON cd.id = s.contract_id
       WHERE c.document_id IS NULL OR s.total > c.amount_fen OR s.total < 0
       UNION ALL
       SELECT pd.doc_no || ' paid to ' || cd.doc_no || ' of another customer'
       FROM payment_allocations pa JOIN payments p ON p.document_id = pa.payment_id JOIN contracts c ON c.document_id = pa.contract_id
       JOIN documents pd ON pd.id = pa.payment_id JOIN documents cd ON cd.id = pa.contract_id
       WHERE p.customer_id <> c.customer_id`,
    ),
    // R21: every allocation and de-allocation is its own audit event on the payment.
    sqlRule(
      'R14 allocations audited',
      `WITH rows_ AS (SELECT payment_id AS id, count(*) AS n FROM payment_allocations GROUP BY payment_id),
       audited AS (SELECT entity_id AS id, count(*) AS n FROM audit_events
                   WHERE entity_type = 'document' AND action IN ('payment.allocate', 'payment.deallocate') GROUP BY entity_id),
       ids AS (SELECT id FROM rows_ UNION SELECT id FROM audited)
       SELECT coalesce(d.doc_no, '#' || ids.id) || ': ' || coalesce(r.n, 0) || ' allocations, ' || coalesce(a.n, 0) || ' audited' AS example
       FROM ids LEFT JOIN rows_ r ON r.id = ids.id LEFT JOIN audited a ON a.id = ids.id LEFT JOIN documents d ON d.id = ids.id
       WHERE r.n IS DISTINCT FROM a.n`,
    ),
    sqlRule(
      'R24 payment red entries',
      `SELECT rd.doc_no || ' reverses ' || coalesce(od.doc_no, '#' || r.reverses_payment_id) || ' (' || coalesce(od.state, 'missing') || ')' AS example
       FROM payments r JOIN documents rd ON rd.id = r.document_id
       LEFT JOIN payments o ON o.document_id = r.reverses_payment_id LEFT JOIN documents od ON od.id = r.reverses_payment_id
       WHERE r.reverses_payment_id IS NOT NULL
         AND (o.document_id IS NULL OR o.reverses_payment_id IS NOT NULL OR r.amount_fen <> o.amount_fen OR od.state <> 'reversed'
              OR o.allocated_fen <> 0 OR rd.state <> 'approved' OR r.customer_id <> o.customer_id
              OR NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = r.document_id AND l.to_document_id = o.document_id AND l.kind = 'madeFrom'))
       UNION ALL
       SELECT d.doc_no || ' is reversed without a red entry'
       FROM payments p JOIN documents d ON d.id = p.document_id
       WHERE d.state = 'reversed' AND NOT EXISTS (SELECT 1 FROM payments r WHERE r.reverses_payment_id = p.document_id)`,
    ),
  ],
}
