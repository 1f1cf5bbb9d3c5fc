import type { EntityManager } from 'typeorm'

// Check-then-act under concurrency (issue 9, item 7). On SQLite every transaction of the process runs
// alone in the serial queue (serial-queue.ts), so a check is still true when the write follows it and
// these are no-ops. On PostgreSQL transactions run side by side at READ COMMITTED (pg-transactions.ts):
// whatever a transaction decides from rows it read must first lock what it decides on, so that a rival
// deciding the same thing waits, then reads the winner's committed rows and answers accordingly.

const isPostgres = (em: EntityManager) => em.connection.driver.options.type === 'postgres'

function assertInTransaction(em: EntityManager): void {
  // A lock taken outside a transaction ends with its statement: it would guard nothing.
  if (!em.queryRunner?.isTransactionActive) throw new Error('locks are taken inside the deciding transaction')
}

/** The tables whose rows are decided on: a document's state, a user's roles, a customer's terms. */
export type LockedTable = 'documents' | 'users' | 'customers'

/**
 * SELECT … FOR UPDATE on the row about to be decided on, before it is read: the holder's rivals wait
 * for its commit, and then read what it wrote (READ COMMITTED reads the latest committed row per statement).
 */
export async function lockRow(em: EntityManager, table: LockedTable, id: number): Promise<void> {
  assertInTransaction(em)
  if (!isPostgres(em)) return
  await em.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id])
}

/**
 * A lock on a name rather than a row, held to the end of the transaction (pg_advisory_xact_lock): for
 * decisions about rows that do not exist yet (is this login still free?) or about a set of rows (is
 * another administrator left?). Two callers with the same key run one after the other.
 */
export async function lockKey(em: EntityManager, key: string): Promise<void> {
  assertInTransaction(em)
  if (!isPostgres(em)) return
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key])
}
