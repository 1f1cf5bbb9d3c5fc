import { sqlRule, type IntegrityRule } from '../integrity/integrity-rule'

// Stock's invariants for checkIntegrity (both databases): the running figure is what the movements say,
// never below zero, and each movement's balance continues the one before it.

export const stockRules: IntegrityRule[] = [
  sqlRule(
    'stock on hand = movements',
    `SELECT 'product ' || coalesce(CAST(s.product_id AS TEXT), CAST(m.product_id AS TEXT)) || ': on hand ' || coalesce(CAST(s.quantity AS TEXT), 'none')
       || ', movements ' || coalesce(CAST(m.total AS TEXT), 'none') AS example
     FROM stock_on_hand s FULL OUTER JOIN (SELECT product_id, sum(quantity) AS total FROM stock_movements GROUP BY product_id) m ON m.product_id = s.product_id
     WHERE coalesce(s.quantity, 0) IS DISTINCT FROM coalesce(m.total, 0) OR s.quantity < 0`,
  ),
  sqlRule(
    'stock movements add up',
    `SELECT 'movement ' || m.id || ' (' || m.doc_no || '): balance ' || m.balance_after || ' after ' || m.quantity || ', before it ' || coalesce(CAST(p.balance_after AS TEXT), '0') AS example
     FROM stock_movements m
     LEFT JOIN stock_movements p ON p.id = (SELECT max(id) FROM stock_movements q WHERE q.product_id = m.product_id AND q.id < m.id)
     WHERE m.balance_after IS DISTINCT FROM coalesce(p.balance_after, 0) + m.quantity OR m.balance_after < 0`,
  ),
]
