import Sqlite from 'better-sqlite3'
const db = new Sqlite('/tmp/reconciliation-bench-1292.sqlite')
const b = '2026-09-01', t = '2026-08-31T16:00:00.000Z'
const sql = `SELECT count(*), sum(coalesce(s.shipped,0)), sum(coalesce(s.signed,0)), sum(coalesce(r.booked,0)), sum(coalesce(p.collected,0)), sum(coalesce(i.invoiced,0) - coalesce(x.red,0))
FROM contracts c JOIN documents d ON d.id = c.document_id
LEFT JOIN (SELECT os.contract_id AS k, SUM(sd.amount_fen) AS shipped, SUM(CASE WHEN sc.returned_on < '${b}' THEN sd.amount_fen END) AS signed
  FROM outbound_slips os CROSS JOIN documents sd ON sd.id = os.document_id LEFT JOIN signed_copies sc ON sc.slip_document_id = os.document_id
  WHERE sd.state = 'approved' AND os.posted_on < '${b}' GROUP BY os.contract_id) s ON s.k = c.document_id
LEFT JOIN (SELECT contract_id AS k, SUM(amount_fen) AS booked FROM receivables WHERE booked_on < '${b}' GROUP BY contract_id) r ON r.k = c.document_id
LEFT JOIN (SELECT contract_id AS k, SUM(direction * amount_fen) AS collected FROM payment_allocations WHERE created_at < '${t}' GROUP BY contract_id) p ON p.k = c.document_id
LEFT JOIN (SELECT contract_id AS k, SUM(invoiced_fen) AS invoiced FROM invoice_requests WHERE issued_on < '${b}' GROUP BY contract_id) i ON i.k = c.document_id
LEFT JOIN (SELECT ir.contract_id AS k, SUM(rl.amount_fen) AS red FROM invoice_red_letters rl JOIN invoice_requests ir ON ir.document_id = rl.request_id WHERE rl.red_on < '${b}' GROUP BY ir.contract_id) x ON x.k = c.document_id
WHERE d.doc_type = 'contract' AND d.state IN ('approved','scheduled','partlyShipped','shipped','accepted') AND d.closed_at IS NULL AND c.signed_on < '${b}'`
for (let i = 0; i < 3; i++) {
  const s = performance.now()
  const r = db.prepare(sql).get()
  console.log((performance.now() - s).toFixed(0), 'ms', JSON.stringify(r))
}
console.log(db.prepare('EXPLAIN QUERY PLAN ' + sql).all().map((x: any) => x.detail).join('\n'))
