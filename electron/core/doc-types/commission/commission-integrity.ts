import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'
import { OVERDUE_BUCKETS } from '../../../../shared/doc-types/commission/commission-rules'
import { PAY_COMMISSION } from './commission-task'

// The commission form's invariants for checkIntegrity (integrity/, both databases). R16: the figures add
// up (lines → body → header), each line's commission is its collected money at the form's rate rounded half
// up to the fen, the rate is the policy in force at the month's end, each line's collected money is what
// was allocated that month to a contract of the form's salesperson, and no such contract is left off a live
// form; one live form per person-month; paid out within the approved amount, the state saying how much.
// Not re-derived here: the month-end overdue amounts (a settlement replay per contract) — the lines keep them
// by bucket and the rule checks they add up and that a deduction never exceeds them.

const roundedAt = (fen: string, bps: string) =>
  `(CASE WHEN ${fen} < 0 THEN -((-(${fen}) * ${bps} + 5000) / 10000) ELSE (${fen} * ${bps} + 5000) / 10000 END)`

/** Net allocations per contract and Shanghai month ('YYYY-MM'), one pass over the allocations. */
const MONTHLY = (month: string) => `SELECT pa.contract_id, ${month} AS ym, sum(pa.direction * pa.amount_fen) AS fen FROM payment_allocations pa GROUP BY pa.contract_id, ${month}`

export const commissionIntegrity: TypeIntegrity = {
  body: 'commissions',
  lines: ['commission_lines'],
  followUpTask: { stepKey: PAY_COMMISSION.stepKey, role: PAY_COMMISSION.role, openWhile: 'd.amount_fen > 0', states: ['approved', 'partlyPaid'] },
  rules: [
    sqlRule(
      'R16 commission adds up',
      `SELECT d.doc_no || ': header ' || coalesce(CAST(d.amount_fen AS TEXT), 'none') || ', payable ' || c.payable_fen || ', lines '
         || coalesce(CAST(s.commission AS TEXT), 'none') || ' − ' || coalesce(CAST(s.deduction AS TEXT), 'none') AS example
       FROM commissions c JOIN documents d ON d.id = c.document_id
       LEFT JOIN (SELECT document_id, sum(collected_fen) AS collected, sum(commission_fen) AS commission, sum(deduction_fen) AS deduction,
                         count(*) AS n, min(line_no) AS first_no, max(line_no) AS last_no
                  FROM commission_lines GROUP BY document_id) s ON s.document_id = c.document_id
       WHERE s.n IS NULL OR s.first_no <> 1 OR s.last_no <> s.n
          OR c.collected_fen <> s.collected OR c.commission_fen <> s.commission OR c.deduction_fen <> s.deduction
          OR c.payable_fen <> (CASE WHEN s.commission > s.deduction THEN s.commission - s.deduction ELSE 0 END)
          OR d.amount_fen IS DISTINCT FROM c.payable_fen`,
    ),
    sqlRule(
      'R16 commission line at the form rate',
      (d) => `SELECT cd.doc_no || ' line ' || l.line_no || ': collected ' || l.collected_fen || ' at ' || l.rate_bps || ' bps = ' || l.commission_fen
         || ', overdue ' || l.overdue_fen || ', deduction ' || l.deduction_fen AS example
       FROM commission_lines l JOIN commissions c ON c.document_id = l.document_id JOIN documents cd ON cd.id = l.document_id
       WHERE l.rate_bps <> c.rate_bps OR l.commission_fen <> ${roundedAt('l.collected_fen', 'l.rate_bps')}
          OR l.overdue_fen <> ${OVERDUE_BUCKETS.map((b) => `coalesce(${d.jsonNumber(d.json('l.overdue'), b)}, 0)`).join(' + ')}
          OR l.overdue_fen < 0 OR l.deduction_fen < 0 OR l.deduction_fen > l.overdue_fen`,
    ),
    sqlRule(
      'R16 commission at the policy in force',
      `SELECT d.doc_no || ': ' || c.month || ' at version ' || coalesce(CAST(c.policy_version AS TEXT), 'none') || ', rate ' || c.rate_bps AS example
       FROM commissions c JOIN documents d ON d.id = c.document_id
       LEFT JOIN commission_policies p ON p.version_no = (SELECT q.version_no FROM commission_policies q WHERE substr(q.effective_from, 1, 7) <= c.month
                                                          ORDER BY q.effective_from DESC LIMIT 1)
       WHERE p.id IS NULL OR c.policy_version IS DISTINCT FROM p.version_no OR c.rate_bps <> p.rate_bps
          OR c.od_1_30_bps <> p.od_1_30_bps OR c.od_31_60_bps <> p.od_31_60_bps OR c.od_61_90_bps <> p.od_61_90_bps
          OR c.od_91_180_bps <> p.od_91_180_bps OR c.od_over_180_bps <> p.od_over_180_bps`,
    ),
    sqlRule(
      'R16 commission on the month collections of own contracts',
      (d) => `WITH monthly AS MATERIALIZED (${MONTHLY(d.shanghaiMonth('pa.created_at'))})
       SELECT cd.doc_no || ' line ' || l.line_no || ': ' || l.contract_no || ' collected ' || l.collected_fen || ', allocated that month '
         || coalesce(CAST(m.fen AS TEXT), '0') || ', salesperson ' || coalesce(CAST(k.salesperson_user_id AS TEXT), 'none') AS example
       FROM commission_lines l JOIN commissions c ON c.document_id = l.document_id JOIN documents cd ON cd.id = l.document_id
       LEFT JOIN contracts k ON k.document_id = l.contract_id
       LEFT JOIN monthly m ON m.contract_id = l.contract_id AND m.ym = replace(c.month, '-', '')
       WHERE k.salesperson_user_id IS DISTINCT FROM c.salesperson_user_id OR l.collected_fen <> coalesce(m.fen, 0)
       UNION ALL
       SELECT cd.doc_no || ': ' || kd.doc_no || ' collected ' || m.fen || ' in ' || m.ym || ' is not on it'
       FROM monthly m JOIN contracts k ON k.document_id = m.contract_id JOIN documents kd ON kd.id = m.contract_id
       JOIN commissions c ON c.salesperson_user_id = k.salesperson_user_id AND replace(c.month, '-', '') = m.ym AND c.live_key IS NOT NULL
       JOIN documents cd ON cd.id = c.document_id
       WHERE m.fen <> 0 AND NOT EXISTS (SELECT 1 FROM commission_lines l WHERE l.document_id = c.document_id AND l.contract_id = m.contract_id)`,
    ),
    sqlRule(
      'R16 one live commission per person-month',
      `SELECT d.doc_no || ' (' || d.state || '): live key ' || coalesce(c.live_key, 'none') || ', person ' || c.salesperson_user_id || ', ' || c.month AS example
       FROM commissions c JOIN documents d ON d.id = c.document_id
       WHERE (d.state = 'voided' AND c.live_key IS NOT NULL)
          OR (d.state <> 'voided' AND c.live_key IS DISTINCT FROM CAST(c.salesperson_user_id AS TEXT) || ':' || c.month)`,
    ),
    sqlRule(
      'R16 commission paid within the approved amount',
      `SELECT d.doc_no || ' (' || d.state || '): payable ' || c.payable_fen || ', paid ' || c.paid_fen || ', payouts ' || coalesce(CAST(s.total AS TEXT), '0') AS example
       FROM commissions c JOIN documents d ON d.id = c.document_id
       LEFT JOIN (SELECT commission_id, sum(amount_fen) AS total, min(amount_fen) AS least FROM commission_payouts GROUP BY commission_id) s ON s.commission_id = c.document_id
       WHERE coalesce(s.total, 0) <> c.paid_fen OR c.paid_fen > c.payable_fen OR s.least <= 0
          OR (d.state = 'paid') <> (c.paid_fen > 0 AND c.paid_fen = c.payable_fen)
          OR (d.state = 'partlyPaid') <> (c.paid_fen > 0 AND c.paid_fen < c.payable_fen)
          OR (c.paid_fen > 0 AND d.state NOT IN ('partlyPaid', 'paid'))`,
    ),
  ],
}
