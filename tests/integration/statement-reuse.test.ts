import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { driverQuery, readRows } from '../../electron/core/db/driver-query'
import { UserEntity } from '../../electron/core/db/entities'
import { openTestOffice, type TestOffice } from './support/test-workstation'

let office: TestOffice
beforeAll(async () => {
  office = await openTestOffice()
})
afterAll(() => office.close())

/** How many statements SQLite had to parse and plan while `work` ran. */
async function preparesDuring(work: () => Promise<unknown>): Promise<number> {
  const prototype = BetterSqlite3.prototype as unknown as { prepare: (...args: unknown[]) => unknown }
  const original = prototype.prepare
  let count = 0
  prototype.prepare = function (this: unknown, ...args: unknown[]) {
    count++
    return original.apply(this, args)
  }
  try {
    await work()
  } finally {
    prototype.prepare = original
  }
  return count
}

describe('one SQL text per statement, so prepared statements are reused (bench: approve)', () => {
  it('an ORM lookup by another id reuses the statement instead of parsing a new one', async () => {
    const find = (id: number) => office.ws.database.read((em) => em.getRepository(UserEntity).findOneBy({ id }))
    await find(1)
    // TypeORM alone writes numbers into the text (WHERE "id" = 7): each id would be a new statement.
    expect(await preparesDuring(async () => {
      for (let id = 2; id < 12; id++) await find(id)
    })).toBe(0)
  })

  it('the session lookup of every call and the queue reuse theirs too', async () => {
    // Once each, so every statement these calls use has been prepared; then again, for other pages.
    await office.admin.call('queue.list', { tab: 'done' })
    await office.admin.call('queue.counts', {})
    expect(await preparesDuring(async () => {
      for (let i = 0; i < 5; i++) {
        await office.admin.call('queue.list', { tab: 'done', page: i + 1 })
        await office.admin.call('queue.counts', {})
      }
    })).toBe(0)
  })

  it('driverQuery binds every value, lists included, in the driver placeholder style', async () => {
    const em = office.ws.database.dataSource.manager
    expect(driverQuery(em, 'SELECT * FROM t WHERE a = :a AND b IN (:...b) AND c = :c AND d = :missing', { a: 7, b: ['x', 'y'], c: true })).toEqual([
      'SELECT * FROM t WHERE a = ? AND b IN (?, ?) AND c = ? AND d = :missing',
      [7, 'x', 'y', 1],
    ])
    const postgres = { connection: { driver: { options: { type: 'postgres' } } } } as unknown as typeof em
    expect(driverQuery(postgres, 'a = :a AND b IN (:...b)', { a: 1, b: [2, 3] })).toEqual(['a = $1 AND b IN ($2, $3)', [1, 2, 3]])
  })

  it('readRows runs on the connection itself, yet sees the writes of the transaction it is in; a rollback takes them back', async () => {
    const db = office.ws.database
    const nameOf = (em: Parameters<Parameters<typeof db.read>[0]>[0]) =>
      readRows<{ name: string }>(em, 'SELECT name FROM users WHERE id = :id', { id: 1 }).then((rows) => rows[0]!.name)
    const before = await db.read(nameOf)
    await expect(
      db.transaction(async (em) => {
        await em.query('UPDATE users SET name = ? WHERE id = ?', ['改名中', 1])
        expect(await nameOf(em)).toBe('改名中')
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect(await db.read(nameOf)).toBe(before)
  })
})
