import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextDocumentNumber } from '../../electron/core/numbering/next-document-number'
import { openTestOffice, type TestOffice } from './support/test-workstation'

let office: TestOffice
beforeEach(async () => {
  office = await openTestOffice({ setup: false })
})
afterEach(() => office.close())

const at = new Date('2026-11-20T02:00:00.000Z')
const seqs = (numbers: string[]) => numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b)
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('R22 document numbers', () => {
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
