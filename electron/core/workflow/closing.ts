import type { EntityManager } from 'typeorm'
import { DOC_TYPES, type BuiltDocType } from '../../../shared/doc-types'
import { shanghaiDayStart } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { driverQuery, readRows } from '../db/driver-query'
import { coreOf } from '../doc-types/registry'
import type { ActionContext } from './document-kind'

/** The instant the month after `month` ("YYYY-MM") begins in Shanghai: the closing's exclusive bound. */
export function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return shanghaiDayStart(m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`)
}

/**
 * On PostgreSQL the closing's statements (audit events, tasks, documents) must all see the same
 * candidates: at REPEATABLE READ they share one snapshot, and a document someone acted on meanwhile
 * makes the closing fail with 40001 and run again from the start (db/pg-transactions.ts), so no document
 * is closed without its audit event (R21) and none is closed twice. SQLite's queue runs it alone anyway.
 */
export const CLOSING_ISOLATION = { isolation: 'REPEATABLE READ' } as const

/**
 * The documents a closing of one type takes: finished (its closable states), not closed, last changed
 * before the bound, and not still waiting for someone (the type's `closingWaits`).
 */
const candidates = (docType: BuiltDocType) => {
  const waits = coreOf(docType).closingWaits
  return `FROM documents WHERE doc_type = :docType AND state IN (:...states) AND closed_at IS NULL AND updated_at < :until${waits ? ` AND NOT (${waits})` : ''}`
}

/**
 * R19 关闭清理: every finished document (its type's closable states: completed, expired, voided) whose
 * last change was before the end of `month` is closed, read-only from then on. Set-based per type —
 * one audit event each (R21, in the administrator's role), any stray open task closed, then the
 * documents, their version moved so a page opened before refuses to act on them.
 */
export async function closeMonth(em: EntityManager, month: string, ctx: ActionContext): Promise<number> {
  const until = monthEnd(month)
  if (until > ctx.at.toISOString()) throw new AppError('CLOSING_MONTH_OPEN', `${month} 尚未结束，只能关闭已经结束的月份`)
  for (const docType of Object.keys(DOC_TYPES) as BuiltDocType[]) await coreOf(docType).beforeClosing?.(em, month)
  const at = ctx.at.toISOString()
  let closed = 0
  for (const docType of Object.keys(DOC_TYPES) as BuiltDocType[]) {
    const states = DOC_TYPES[docType].lifecycle.closable
    if (!states.length) continue
    const scope = { docType, states: [...states], until }
    const CANDIDATES = candidates(docType)
    const [count] = await readRows<{ n: number | string }>(em, `SELECT count(*) AS n ${CANDIDATES}`, scope)
    const n = Number(count?.n ?? 0)
    if (n === 0) continue
    const run = async (sql: string, params: Record<string, unknown>) => {
      const [text, values] = driverQuery(em, sql, params)
      await em.query(text, values)
    }
    await run(
      `INSERT INTO audit_events (at, user_id, user_name, role, action, entity_type, entity_id, doc_no, from_state, to_state, comment, details)
       SELECT :at, :userId, :userName, 'admin', 'close', 'document', id, doc_no, state, state, :comment, :details ${CANDIDATES} ORDER BY id`,
      { ...scope, at, userId: ctx.user.id, userName: ctx.user.name, comment: `${month} 月末关闭清理`, details: JSON.stringify({ month }) },
    )
    await run(
      `UPDATE tasks SET closed_at = :at, closed_by_user_id = :userId, closed_action = 'close'
       WHERE closed_at IS NULL AND document_id IN (SELECT id ${CANDIDATES})`,
      { ...scope, at, userId: ctx.user.id },
    )
    await run(`UPDATE documents SET closed_at = :at, updated_at = :at, version = version + 1 WHERE id IN (SELECT id ${CANDIDATES})`, { ...scope, at })
    closed += n
  }
  return closed
}
