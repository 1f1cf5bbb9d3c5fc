import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { QueueFilter, QueueTab } from '../../shared/api'
import { insertDocument, openTask } from './support/queue-rows'
import { openTestOffice, type TestClient, type TestOffice } from './support/test-workstation'
import { sql } from './support/sql'

// Search inside customer names and document numbers (search/infix-search.ts), on SQLite and PostgreSQL alike.

let office: TestOffice
let drafter: TestClient & { id: number }
let signer: TestClient & { id: number }

beforeAll(async () => {
  office = await openTestOffice()
  drafter = await office.person('clerk_infix', ['sales_clerk'], '王小丽')
  signer = await office.person('legal_infix', ['legal'], '孙律')
  await office.ws.database.transaction(async (em) => {
    const rows = [
      { docNo: 'SQ2026110021', customerName: '郑州市顺达热电有限公司', createdAt: '2026-11-01T02:00:00.000Z' },
      { docNo: 'SQ2026110022', customerName: 'Siemens西门子（中国）有限公司', createdAt: '2026-11-02T02:00:00.000Z' },
      { docNo: 'HT2026120345', customerName: '洛阳顺达矿山机械厂', createdAt: '2026-11-13T02:00:00.000Z' },
      { docNo: 'HT2026120346', customerName: '开封百分之50%阀门厂', createdAt: '2026-11-14T02:00:00.000Z' },
    ]
    for (const row of rows) {
      const doc = await insertDocument(em, { ...row, drafterUserId: drafter.id })
      // One open task for the legal role (待办) and one the signer closed (已办), as the engine leaves them.
      await openTask(em, doc, { role: 'legal', openedAt: doc.createdAt })
      await openTask(em, doc, { role: 'legal', stepKey: 'earlier', openedAt: doc.createdAt, closedAt: doc.createdAt, closedByUserId: signer.id, closedAction: 'approve' })
    }
  })
}, 60_000)
afterAll(() => office.close())

const list = async (who: TestClient, tab: QueueTab, search: string) =>
  (await who.call('queue.list', { tab, filter: { search } })).rows.map((r) => r.docNo)

/** The same rows in 待办 and 已办 (the signer) and 我发起的 (the drafter), and counts that agree with the lists. */
async function foundEverywhere(search: string): Promise<string[]> {
  const todo = await list(signer, 'todo', search)
  expect(await list(signer, 'done', search)).toEqual(todo)
  expect(await list(drafter, 'started', search)).toEqual(todo)
  const filter: QueueFilter = { search }
  expect(await signer.call('queue.counts', { filter })).toEqual({ todo: todo.length, done: todo.length, started: 0 })
  expect((await drafter.call('queue.counts', { filter })).started).toBe(todo.length)
  return todo
}

describe('search finds a customer by any part of its name and a document by any part of its number', () => {
  it('two characters inside a name (顺达 finds 郑州市顺达热电…): no trigram answers them, the names are read whole', async () => {
    expect(await foundEverywhere('顺达')).toEqual(['HT2026120345', 'SQ2026110021'])
  })

  it('three characters or more inside a name, from the trigram index', async () => {
    expect(await foundEverywhere('顺达热电')).toEqual(['SQ2026110021'])
    expect(await foundEverywhere('矿山机')).toEqual(['HT2026120345'])
    expect(await foundEverywhere('顺达电')).toEqual([])
  })

  it('inside a number, in any letter case', async () => {
    expect(await foundEverywhere('0345')).toEqual(['HT2026120345'])
    expect(await foundEverywhere('611002')).toEqual(['SQ2026110022', 'SQ2026110021'])
    expect(await foundEverywhere('t20261203')).toEqual(['HT2026120346', 'HT2026120345'])
    // One or two characters of a number are its start (SQ, HT), not any two digits anywhere.
    expect(await foundEverywhere('HT')).toEqual(['HT2026120346', 'HT2026120345'])
    expect(await foundEverywhere('34')).toEqual([])
  })

  it('is case-blind for A–Z inside a name, and folds nothing else', async () => {
    for (const search of ['mens西门', 'MENS西门', 'iEmEnS', 'em']) expect(await foundEverywhere(search)).toEqual(['SQ2026110022'])
    expect(await foundEverywhere('ＭＥＮＳ')).toEqual([])
  })

  it('takes % and _ as characters, not wildcards', async () => {
    expect(await foundEverywhere('之50%')).toEqual(['HT2026120346'])
    expect(await foundEverywhere('之5_')).toEqual([])
    expect(await foundEverywhere('_')).toEqual([])
  })

  it('finds a name written after the index was made, and a changed name by its new words only', async () => {
    await office.ws.database.transaction(async (em) => {
      const doc = await insertDocument(em, { docNo: 'SQ2026110031', drafterUserId: drafter.id, customerName: '新乡市鑫源化工有限公司', createdAt: '2026-11-05T02:00:00.000Z' })
      await openTask(em, doc, { role: 'legal', openedAt: doc.createdAt })
      await openTask(em, doc, { role: 'legal', stepKey: 'earlier', openedAt: doc.createdAt, closedAt: doc.createdAt, closedByUserId: signer.id, closedAction: 'approve' })
    })
    expect(await foundEverywhere('鑫源')).toEqual(['SQ2026110031'])
    expect(await foundEverywhere('鑫源化工')).toEqual(['SQ2026110031'])
    // A draft's customer changed (the document and its tasks): found by the new name, not by the old.
    await office.ws.database.transaction(async (em) => {
      await sql(em, `UPDATE documents SET customer_name = '安阳钢铁集团' WHERE doc_no = 'SQ2026110031'`)
      await sql(em, `UPDATE tasks SET customer_name = '安阳钢铁集团' WHERE doc_no = 'SQ2026110031'`)
    })
    expect(await foundEverywhere('阳钢铁')).toEqual(['SQ2026110031'])
    expect(await foundEverywhere('阳钢')).toEqual(['SQ2026110031'])
    expect(await foundEverywhere('鑫源')).toEqual([])
  })
})
