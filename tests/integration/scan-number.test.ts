import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotTables } from './support/table-snapshot'
import { openContractOffice, type ContractOffice } from './support/contract-office'

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
}, 60_000)
afterAll(() => o.office.close())

describe('扫码/单号 (issue 12): a printed form\'s QR is its number, and the number opens its document', () => {
  it('finds the document by its number, as a keyboard-wedge scanner types it (lower case, blanks around)', async () => {
    const id = await o.approvedApplication()
    const { header } = await o.clerk.call('documents.get', { id })
    expect(await o.clerk.call('documents.findByNumber', { docNo: header.docNo })).toEqual({ id })
    expect(await o.manager.call('documents.findByNumber', { docNo: `  ${header.docNo.toLowerCase()}\t` })).toEqual({ id })
  })

  it('says so when no document has the number (DOCUMENT_NUMBER_UNKNOWN, the number in the message), and writes nothing', async () => {
    const tables = await snapshotTables(o.office.ws.database)
    const refusal = await o.clerk.refused('documents.findByNumber', { docNo: 'FH2026119999' })
    expect(refusal.code).toBe('DOCUMENT_NUMBER_UNKNOWN')
    expect(refusal.message).toContain('FH2026119999')
    expect(await snapshotTables(o.office.ws.database)).toEqual(tables)
  })

  it('refuses what is not an R22 number (INVALID_INPUT with the format), and an unknown prefix or month', async () => {
    for (const docNo of ['HT-2026-11-0001', 'ZZ2026110001', 'HT2026130001', 'HT2026110000', '']) {
      const refusal = await o.clerk.refused('documents.findByNumber', { docNo })
      expect(refusal.code, docNo).toBe('INVALID_INPUT')
    }
    expect((await o.clerk.refused('documents.findByNumber', { docNo: 'HT20261100011' })).message).toContain('FH2026110007')
  })

  it('keeps need-to-know: a post that may not open the document is refused (FORBIDDEN), not told it is unknown', async () => {
    const id = await o.approvedApplication()
    const { header } = await o.clerk.call('documents.get', { id })
    const guard = await o.office.person('guard1', ['guard'], '门卫老陈')
    expect((await guard.refused('documents.get', { id })).code).toBe('FORBIDDEN')
    expect((await guard.refused('documents.findByNumber', { docNo: header.docNo })).code).toBe('FORBIDDEN')
  })
})
