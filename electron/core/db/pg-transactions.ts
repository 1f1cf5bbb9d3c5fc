import { AsyncLocalStorage } from 'node:async_hooks'
import type { DataSource, EntityManager, QueryRunner } from 'typeorm'
import { withTransactionMemo } from './transaction-memo'

/**
 * READ COMMITTED (PostgreSQL's default) is the level of every transaction unless the caller asks for
 * another. Why not SERIALIZABLE everywhere: R22's counter row is taken by every document of a type and
 * month, and under SERIALIZABLE (or REPEATABLE READ) all but one of the transactions that bump it at once
 * fail with 40001 — with 200 at once, a bounded retry still leaves refusals (tried: at SERIALIZABLE with five
 * tries, 175 of numbering.test.ts's 200 saves from four workstations were refused). At READ COMMITTED the upsert
 * simply waits for the row and increments the committed value. The price is that a check-then-act is not
 * protected by the level: each one locks what it decides on (locks.ts: SELECT … FOR UPDATE or an advisory
 * lock) or writes with a condition whose affected-row count it checks (update-with-version.ts). A set-based
 * batch that must see one snapshot across its statements (R19 closing) asks for REPEATABLE READ.
 */
export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE'

export interface TransactionOptions {
  isolation?: IsolationLevel
}

/**
 * 40001 serialization_failure (REPEATABLE READ, SERIALIZABLE) and 40P01 deadlock_detected (any level:
 * two transactions that lock rows in different orders): PostgreSQL rolled the transaction back, and the
 * same work run again from the start sees the winner's rows. Five tries: contention in an office is a
 * handful of people, so a transaction that still loses after that reports the failure instead of spinning.
 */
const RETRY_CODES = new Set(['40001', '40P01'])
export const MAX_ATTEMPTS = 5

const sqlStateOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined

/**
 * One pg client answers one query at a time: queries issued together on a transaction's runner (a
 * Promise.all inside the work) are chained here rather than queued inside pg, which deprecates that.
 */
function oneQueryAtATime(runner: QueryRunner): void {
  const query = runner.query.bind(runner)
  let tail: Promise<unknown> = Promise.resolve()
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const result = tail.then(() => query(...args))
    tail = result.catch(() => undefined)
    return result
  }) as QueryRunner['query']
}

/**
 * Transactions on PostgreSQL: each on its own pooled client, side by side. Re-entrant like the SQLite
 * queue: a transaction (or a read) started inside one joins it, through the EntityManager kept in
 * AsyncLocalStorage, so services compose and never wait for a second client the pool may not have.
 * A nested transaction is a savepoint of the outer one, as TypeORM makes it on SQLite's one connection:
 * if it fails, its own writes are undone and the outer transaction decides what happens next.
 */
export class PgTransactions {
  private readonly current = new AsyncLocalStorage<EntityManager>()
  private readonly running = new Set<Promise<unknown>>()

  constructor(private readonly dataSource: DataSource) {}

  /** The manager of the transaction the caller is inside, if any. */
  get inside(): EntityManager | undefined {
    return this.current.getStore()
  }

  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.inside
    return outer ? work(outer) : this.track(work(this.dataSource.manager))
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const outer = this.inside
    if (outer) return outer.transaction((em) => withTransactionMemo(em, work))
    return this.track(this.withRetry(work, options.isolation ?? 'READ COMMITTED'))
  }

  /** Resolves once every read and transaction started so far has ended (close() waits for them). */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running])
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work)
    const done = () => this.running.delete(work)
    work.then(done, done)
    return work
  }

  private async withRetry<T>(work: (em: EntityManager) => Promise<T>, level: IsolationLevel): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(work, level)
      } catch (error) {
        const code = sqlStateOf(error)
        if (attempt >= MAX_ATTEMPTS || code === undefined || !RETRY_CODES.has(code)) throw error
      }
    }
  }

  private async once<T>(work: (em: EntityManager) => Promise<T>, level: IsolationLevel): Promise<T> {
    const runner = this.dataSource.createQueryRunner()
    oneQueryAtATime(runner)
    let broken: unknown
    try {
      await runner.startTransaction(level)
      const result = await this.current.run(runner.manager, () => withTransactionMemo(runner.manager, work))
      await runner.commitTransaction()
      return result
    } catch (error) {
      if (runner.isTransactionActive) {
        try {
          await runner.rollbackTransaction()
        } catch (rollbackError) {
          broken = rollbackError
        }
      }
      throw error
    } finally {
      // A client whose ROLLBACK failed is in an unknown state: handed back with the error, pg-pool
      // discards it instead of lending it out again. Any other ending returns it to the pool.
      if (broken) await (runner as unknown as { releasePostgresConnection(error: unknown): Promise<void> }).releasePostgresConnection(broken)
      else await runner.release()
    }
  }
}
