import type { EntityManager } from 'typeorm'
import { AppError } from '../../../shared/errors'
import { formatDocumentNumber, periodOf, type DocumentType } from '../../../shared/document-number'
import { readRows } from '../db/driver-query'

/**
 * R22: numbers are gapless per type and month. The counter is bumped with one upsert inside the
 * caller's transaction, so a rolled-back document gives its number back and two callers can never
 * read the same value (the upsert is atomic on SQLite and PostgreSQL alike). On PostgreSQL the upsert
 * holds the counter row's lock until the document's transaction ends: a caller on any connection waits,
 * then increments the committed value (READ COMMITTED, db/pg-transactions.ts) — 200 documents from
 * four workstations at once get 200 consecutive numbers (tests/integration/numbering.test.ts).
 */
export async function nextDocumentNumber(em: EntityManager, type: DocumentType, at: Date): Promise<string> {
  if (!em.queryRunner?.isTransactionActive) throw new Error('nextDocumentNumber must run inside the document transaction')
  const period = periodOf(at.toISOString())
  // One prepared statement on SQLite (readRows answers a write's RETURNING rows too).
  const rows = await readRows<{ last_seq: number | string }>(
    em,
    `INSERT INTO document_counters (doc_type, period, last_seq) VALUES (:type, :period, 1)
     ON CONFLICT (doc_type, period) DO UPDATE SET last_seq = document_counters.last_seq + 1 RETURNING last_seq`,
    { type, period },
  )
  const seq = Number(rows[0]?.last_seq)
  if (seq > 9999) throw new AppError('NUMBER_EXHAUSTED')
  return formatDocumentNumber(type, period, seq)
}
