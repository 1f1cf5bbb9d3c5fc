import Sqlite from 'better-sqlite3'
const db = new Sqlite('/tmp/reconciliation-bench-1292.sqlite')
const bound = '2026-09-01', boundAt = '2026-08-31T16:00:00.000Z'
const OPEN = `FROM documents d JOIN contracts c ON c.document_id = d.id WHERE d.doc_type = 'contract' AND d.state IN ('approved','scheduled','partlyShipped','shipped','accepted') AND d.closed_at IS NULL AND c.signed_on < '${bound}'`
const figs: Record<string, string> = {
  base: `0`,
  shipped: `(SELECT SUM(sd.amount_fen) FROM outbound_slips os JOIN documents sd ON sd.id = os.document_id WHERE os.contract_id = c.document_id AND sd.state = 'approved' AND os.posted_on < '${bound}')`,
  signed: `(SELECT SUM(sd.amount_fen) FROM outbound_slips os JOIN documents sd ON sd.id = os.document_id JOIN signed_copies sc ON sc.slip_document_id = os.document_id WHERE os.contract_id = c.document_id AND sd.state = 'approved' AND os.posted_on < '${bound}' AND sc.returned_on < '${bound}')`,
  booked: `(SELECT SUM(r.amount_fen) FROM receivables r WHERE r.contract_id = c.document_id AND r.booked_on < '${bound}')`,
  collected: `(SELECT SUM(pa.direction * pa.amount_fen) FROM payment_allocations pa WHERE pa.contract_id = c.document_id AND pa.created_at < '${boundAt}')`,
  invoiced: `(SELECT SUM(ir.invoiced_fen) FROM invoice_requests ir WHERE ir.contract_id = c.document_id AND ir.issued_on < '${bound}')`,
  red: `(SELECT SUM(rl.amount_fen) FROM invoice_red_letters rl JOIN invoice_requests ir ON ir.document_id = rl.request_id WHERE ir.contract_id = c.document_id AND rl.red_on < '${bound}')`,
}
for (const [k, sql] of Object.entries(figs)) {
  const t = performance.now()
  const r = db.prepare(`SELECT count(*), sum(${sql}) ${OPEN}`).get()
  console.log(k, (performance.now() - t).toFixed(0), 'ms', JSON.stringify(r))
}
for (const t of ['outbound_slips', 'payment_allocations', 'receivables', 'invoice_requests', 'signed_copies']) console.log(t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as {n:number}).n)
console.log(db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) ${OPEN}`).all())
