import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import type { EntityManager } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { driverQuery, readRows } from '../../electron/core/db/driver-query'
import { UserEntity } from '../../electron/core/db/entities'
import { onSqlite } from './support/test-backend'
import { sql } from './support/sql'
import { openTestOffice, type TestOffice } from './support/test-workstation'

let office: TestOffice
beforeAll(async () => {
  office = await openTestOffice()
})
afterAll(() => office.close())

/** Wraps a prototype's method for the duration of `work`, handing each call's first argument to `seen`. */
async function watching(prototype: object, method: string, seen: (first: unknown) => void, work: () => Promise<unknown>): Promise<void> {
  const target = prototype as Record<string, (...args: unknown[]) => unknown>
  const original = target[method]!
  target[method] = function (this: unknown, ...args: unknown[]) {
    seen(args[0])
    return original.apply(this, args)
  }
  try {
    await work()
  } finally {
    target[method] = original
  }
}

/**
 * How many statements the database had to take as new while `work` ran, after `warm` had run once.
 * SQLite: how many it had to parse and plan (better-sqlite3's prepare; hits of the statement caches cost none).
 * PostgreSQL: how many SQL texts were sent that `warm` had not sent. node-postgres sends unnamed statements,
 * which the server parses every time anyway; what the code controls is one text per statement, values bound,
 * and that is what is counted (a value written into the text would make a new text per value).
 */
async function newStatementsDuring(warm: () => Promise<unknown>, work: () => Promise<unknown>): Promise<number> {
  if (onSqlite) {
    await warm()
    let prepares = 0
    await watching(BetterSqlite3.prototype, 'prepare', () => prepares++, work)
    return prepares
  }
  const textOf = (query: unknown) => (typeof query === 'string' ? query : (query as { text: string }).text)
  const known = new Set<string>()
  await watching(pg.Client.prototype, 'query', (query) => known.add(textOf(query)), warm)
  let sent = 0
  let fresh = 0
  await watching(pg.Client.prototype, 'query', (query) => {
    sent++
    if (!known.has(textOf(query))) fresh++
  }, work)
  // Nothing seen would be zero new texts for the wrong reason: the watch must be on TypeORM's client.
  if (!known.size || !sent) throw new Error('no statement seen on pg.Client: the watch missed the driver')
  return fresh
}

describe('one SQL text per statement, so prepared statements are reused (bench: approve)', () => {
  it('an ORM lookup by another id reuses the statement instead of parsing a new one', async () => {
    const find = (id: number) => office.ws.database.read((em) => em.getRepository(UserEntity).findOneBy({ id }))
    // TypeORM alone writes numbers into the text on SQLite (WHERE "id" = 7): each id would be a new statement.
    expect(await newStatementsDuring(() => find(1), async () => {
      for (let id = 2; id < 12; id++) await find(id)
    })).toBe(0)
  })

  it('the session lookup of every call and the queue reuse theirs too', async () => {
    // Once each, so every statement these calls use has been prepared; then again, for other pages.
    const warm = async () => {
      await office.admin.call('queue.list', { tab: 'done' })
      await office.admin.call('queue.counts', {})
    }
    expect(await newStatementsDuring(warm, async () => {
      for (let i = 0; i < 5; i++) {
        await office.admin.call('queue.list', { tab: 'done', page: i + 1 })
        await office.admin.call('queue.counts', {})
      }
    })).toBe(0)
  })

  it('driverQuery binds every value, lists included, in the driver placeholder style', async () => {
    // Both placeholder styles, whichever backend this run has.
    const on = (type: string) => ({ connection: { driver: { options: { type } } } }) as unknown as EntityManager
    expect(driverQuery(on('better-sqlite3'), 'SELECT * FROM t WHERE a = :a AND b IN (:...b) AND c = :c AND d = :missing', { a: 7, b: ['x', 'y'], c: true })).toEqual([
      'SELECT * FROM t WHERE a = ? AND b IN (?, ?) AND c = ? AND d = :missing',
      [7, 'x', 'y', 1],
    ])
    expect(driverQuery(on('postgres'), 'a = :a AND b IN (:...b)', { a: 1, b: [2, 3] })).toEqual(['a = $1 AND b IN ($2, $3)', [1, 2, 3]])
  })

  // SQLite: readRows runs on the better-sqlite3 connection itself; PostgreSQL: on the transaction's own query runner.
  it('readRows sees the writes of the transaction it is in; a rollback takes them back', async () => {
    const db = office.ws.database
    const nameOf = (em: Parameters<Parameters<typeof db.read>[0]>[0]) =>
      readRows<{ name: string }>(em, 'SELECT name FROM users WHERE id = :id', { id: 1 }).then((rows) => rows[0]!.name)
    const before = await db.read(nameOf)
    await expect(
      db.transaction(async (em) => {
        await sql(em, 'UPDATE users SET name = :name WHERE id = :id', { name: '改名中', id: 1 })
        expect(await nameOf(em)).toBe('改名中')
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect(await db.read(nameOf)).toBe(before)
  })
})
