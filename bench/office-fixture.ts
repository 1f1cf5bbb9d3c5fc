import type { EntityManager } from 'typeorm'
import type { OpenedWorkstation } from '../electron/core/open-workstation'
import { startSession } from '../electron/core/auth/sessions'
import { driverQuery } from '../electron/core/db/driver-query'

export interface BenchPeople {
  /** Holds the role with the most open tasks, and the one with the fewest. */
  busy: { token: string; role: string; openTasks: number; doneTasks: number }
  quiet: { token: string; role: string; openTasks: number }
  reader: string
  /** R13: the overdue rectifications are raised to the sales manager (and head). */
  salesManager: string
}

export interface PendingApproval {
  documentId: number
  version: number
  token: string
}

/** Hand-written SQL once, with named parameters, on SQLite or PostgreSQL alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rows = (em: EntityManager, sql: string, params: Record<string, unknown>): Promise<any[]> => em.query(...driverQuery(em, sql, params))

/** Picks who the benchmark acts as, from the data itself, and signs them in without the password hash. */
export async function benchPeople(ws: OpenedWorkstation): Promise<BenchPeople> {
  const db = ws.database
  return db.transaction(async (em) => {
    const byRole: Array<{ role: string; n: number }> = await em.query(
      `SELECT role, count(*) AS n FROM tasks WHERE closed_at IS NULL AND assignee_user_id IS NULL AND role IS NOT NULL GROUP BY role ORDER BY n DESC`,
    )
    const holder = async (role: string) => (await rows(em, `SELECT user_id FROM user_roles WHERE role = :role ORDER BY user_id LIMIT 1`, { role }))[0].user_id as number
    const busy = byRole[0]!
    const quiet = byRole[byRole.length - 1]!
    const at = new Date()
    const finance = await holder('finance')
    const busyHolder = await holder(busy.role)
    const done = (await rows(em, `SELECT count(*) AS n FROM tasks WHERE closed_by_user_id = :me`, { me: busyHolder }))[0].n as number
    return {
      busy: { token: await startSession(em, busyHolder, at), role: busy.role, openTasks: Number(busy.n), doneTasks: Number(done) },
      quiet: { token: await startSession(em, await holder(quiet.role), at), role: quiet.role, openTasks: Number(quiet.n) },
      reader: await startSession(em, finance, at),
      salesManager: await startSession(em, await holder('sales_manager'), at),
    }
  })
}

/**
 * Pending documents and, for each, someone the rules let approve it now (the named person, else a
 * holder of the step's role who is neither the drafter nor the previous signer: R20).
 */
export async function pendingApprovals(ws: OpenedWorkstation, count: number): Promise<PendingApproval[]> {
  return ws.database.transaction(async (em) => {
    const pending: Array<{ document_id: number; version: number; user_id: number }> = await rows(
      em,
      `SELECT t.document_id, d.version,
              COALESCE(t.assignee_user_id, (SELECT r.user_id FROM user_roles r JOIN users u ON u.id = r.user_id
                 WHERE r.role = t.role AND u.disabled = 0 AND r.user_id <> d.drafter_user_id
                   AND r.user_id IS DISTINCT FROM d.last_signer_user_id ORDER BY r.user_id LIMIT 1)) AS user_id
         FROM tasks t JOIN documents d ON d.id = t.document_id
        WHERE t.closed_at IS NULL AND t.step_key <> 'revise' AND d.state = 'pending' AND d.doc_type = 'application'
        ORDER BY t.id LIMIT :limit`,
      { limit: count * 2 },
    )
    const tokens = new Map<number, string>()
    const result: PendingApproval[] = []
    for (const row of pending.filter((r) => r.user_id !== null).slice(0, count)) {
      if (!tokens.has(row.user_id)) tokens.set(row.user_id, await startSession(em, row.user_id, new Date()))
      result.push({ documentId: row.document_id, version: row.version, token: tokens.get(row.user_id)! })
    }
    return result
  })
}
