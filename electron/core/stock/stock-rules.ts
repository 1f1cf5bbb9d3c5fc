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
  // The balance before each movement is the one the product's previous movement left (a window over the
  // (product_id, id) index, one pass).
  sqlRule(
    'stock movements add up',
    `SELECT 'movement ' || m.id || ' (' || m.doc_no || '): balance ' || m.balance_after || ' after ' || m.quantity || ', before it ' || coalesce(CAST(m.before AS TEXT), '0') AS example
     FROM (SELECT id, doc_no, quantity, balance_after, lag(balance_after) OVER (PARTITION BY product_id ORDER BY id) AS before FROM stock_movements) m
     WHERE m.balance_after IS DISTINCT FROM coalesce(m.before, 0) + m.quantity OR m.balance_after < 0`,
  ),
]
