import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readRows } from '../../electron/core/db/driver-query'
import { nextDocumentNumber } from '../../electron/core/numbering/next-document-number'
import { openContractOffice } from './support/contract-office'
import { openMoreWorkstations, sameUserOn } from './support/pg-workstations'
import { onPostgres } from './support/test-backend'
import { openTestOffice, type TestOffice } from './support/test-workstation'

const at = new Date('2026-11-20T02:00:00.000Z')
const seqs = (numbers: string[]) => numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b)
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('R22 document numbers', () => {
  let office: TestOffice
  beforeEach(async () => {
    office = await openTestOffice({ setup: false })
  })
  afterEach(() => office.close())

  it('200 concurrent requests give 200 distinct, gapless numbers', async () => {
    const db = office.ws.database
    const numbers = await Promise.all(oneTo(200).map(() => db.transaction((em) => nextDocumentNumber(em, 'dispatchNote', at))))
    expect(new Set(numbers).size).toBe(200)
    expect(numbers.every((n) => /^FH202611\d{4}$/.test(n))).toBe(true)
    expect(seqs(numbers)).toEqual(oneTo(200))
  })

  it('a rolled-back document gives its number back, so the sequence stays gapless', async () => {
    const db = office.ws.database
    await expect(
      db.transaction(async (em) => {
        await nextDocumentNumber(em, 'invoice', at)
        throw new Error('the document failed a later check')
      }),
    ).rejects.toThrow('later check')
    expect(await db.transaction((em) => nextDocumentNumber(em, 'invoice', at))).toBe('KP2026110001')
  })

  it('counts per type and per Shanghai month: 2026-11-30 16:00 UTC is already December in Shanghai', async () => {
    const db = office.ws.database
    const take = (type: 'payment' | 'invoice', when: string) => db.transaction((em) => nextDocumentNumber(em, type, new Date(when)))
    expect(await take('payment', '2026-11-30T15:59:59.999Z')).toBe('SK2026110001')
    expect(await take('payment', '2026-11-30T16:00:00.000Z')).toBe('SK2026120001')
    expect(await take('invoice', '2026-11-30T15:00:00.000Z')).toBe('KP2026110001')
    expect(await take('payment', '2026-11-01T00:00:00.000Z')).toBe('SK2026110002')
  })

  it('refuses to run outside a transaction, where a number could be lost', async () => {
    const db = office.ws.database
    await expect(db.read((em) => nextDocumentNumber(em, 'payment', at))).rejects.toThrow('inside the document transaction')
  })

  it('answers NUMBER_EXHAUSTED after 9999 in a month and keeps the counter', async () => {
    const db = office.ws.database
    await db.transaction((em) => em.query(`INSERT INTO document_counters (doc_type, period, last_seq) VALUES ('gatePass', '202611', 9999)`))
    await expect(db.transaction((em) => nextDocumentNumber(em, 'gatePass', at))).rejects.toMatchObject({ code: 'NUMBER_EXHAUSTED' })
    const rows = await db.read((em) => em.query(`SELECT last_seq FROM document_counters WHERE doc_type = 'gatePass'`))
    expect(rows).toEqual([{ last_seq: 9999 }])
  })
})

// PostgreSQL only. On SQLite one file is one workstation: two workstations in one process whose write
// transactions overlap on one file fail — the second waits for the lock in better-sqlite3's busy handler,
// synchronously, blocking the event loop the first needs to commit, and gets "database is locked" after
// the 5 s timeout (tried). Desks share a file through the HTTP host (one process, one serial queue),
// which the 200 requests above already prove.
describe.skipIf(!onPostgres)('R22 document numbers across workstations (PostgreSQL: several desks on one database)', () => {
  it('200 applications saved at once from 4 workstations get SQ2026110001–0200: distinct, consecutive, none refused', async () => {
    const o = await openContractOffice()
    const more = await openMoreWorkstations(o.office, 3)
    try {
      const desks = [o.clerk, ...more.map((ws) => sameUserOn(ws, o.clerk))]
      const results = await Promise.all(oneTo(200).map((i) => desks[i % desks.length]!.raw('applications.save', o.applicationInput())))
      expect(results.filter((r) => !r.ok)).toEqual([])
      const numbers = results.map((r) => (r.ok ? (r.data as { header: { docNo: string } }).header.docNo : ''))
      expect(new Set(numbers).size).toBe(200)
      expect(numbers.every((n) => /^SQ202611\d{4}$/.test(n))).toBe(true)
      expect(seqs(numbers)).toEqual(oneTo(200))
      const counter = await o.office.ws.database.read((em) =>
        readRows<{ last_seq: number }>(em, `SELECT last_seq FROM document_counters WHERE doc_type = :type`, { type: 'application' }),
      )
      expect(counter).toEqual([{ last_seq: 200 }])
    } finally {
      for (const ws of more) await ws.close()
      await o.office.close()
    }
  }, 120_000)
})
