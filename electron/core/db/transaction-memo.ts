import type { EntityManager } from 'typeorm'

/**
 * A figure computed once per transaction (issue 12: a dispatch note's save and submit ran R9's credit
 * check five times — the preview chain, the body, beforeSubmit, the facts, the body again — each the
 * customer's heaviest read, all inside one transaction that changes none of its terms in between).
 * The memo lives from the outermost transaction's start to its end (database.ts, pg-transactions.ts),
 * kept by the transaction's query runner: a nested transaction (a savepoint) gets a new manager on the
 * same runner, and on SQLite that one runner serves every transaction of the connection in turn, so the
 * memo is dropped at the end rather than left to the WeakMap. A nested transaction shares the outer one's,
 * and empties it if it fails: what it memoised may rest on writes it rolled back. Outside a transaction
 * there is none, and every call computes afresh. Only for figures that nothing later in the same
 * transaction can change (the caller says why, and names the key's parts).
 */
const memos = new WeakMap<object, Map<string, Promise<unknown>>>()

/** A transaction's runner; a manager outside any transaction has none (and no memo). */
const scopeOf = (em: EntityManager): object | undefined => em.queryRunner

export async function withTransactionMemo<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const scope = scopeOf(em)
  const outer = scope && memos.get(scope)
  if (!scope) return work(em)
  if (outer) {
    try {
      return await work(em)
    } catch (error) {
      outer.clear()
      throw error
    }
  }
  memos.set(scope, new Map())
  try {
    return await work(em)
  } finally {
    memos.delete(scope)
  }
}

/** `compute()` once per transaction and key; outside a transaction, on every call. A failure is not kept. */
export function onceInTransaction<T>(em: EntityManager, key: string, compute: () => Promise<T>): Promise<T> {
  const scope = scopeOf(em)
  const memo = scope && memos.get(scope)
  if (!memo) return compute()
  let figure = memo.get(key) as Promise<T> | undefined
  if (!figure) {
    figure = compute()
    memo.set(key, figure)
    figure.catch(() => memo.delete(key))
  }
  return figure
}
