import { randomUUID } from 'node:crypto'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportProgress } from '../../shared/api'
import { openContractOffice, type ContractOffice } from './support/contract-office'
import { insertContractsInBulk, type ContractSeed } from './support/contract-rows'

// Issue 10 "Speed a person feels": an export runs in the export worker on its own connection, with
// progress, and every other desk's call is answered while it runs. Deterministic: the worker is held after
// reading its rows (ExportJobs.holdAfterReading blocks the worker thread itself), so the export is
// provably under way while the other calls are answered; then it is released and finishes.

let o: ContractOffice
/** Signed contracts in the ledger: more than one progress step (PROGRESS_EVERY rows) of the writer. */
const CONTRACTS = 1_200

beforeAll(async () => {
  o = await openContractOffice()
  await o.approvedApplication()
  const salesperson = { id: o.clerk.id, name: '王小丽' }
  const seeds = Array.from({ length: CONTRACTS }, (_x, i): ContractSeed => ({
    contractNo: `HT202611${5001 + i}`, customerId: o.customerId, customerName: '上海申达机电有限公司',
    salesperson, signedOn: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`, amountFen: 100_00 + i,
  }))
  await insertContractsInBulk(o.office.ws.database, seeds)
}, 60_000)
afterAll(() => o.office.close())

type Person = ContractOffice['head']

/** Asks how far the export is until it reaches `phase` (a state, not a time; the test's timeout bounds it). */
async function untilPhase(who: Person, jobId: string, phase: ExportProgress['phase']): Promise<ExportProgress> {
  for (;;) {
    const progress = await who.call('export.progress', { jobId })
    if (progress.phase === phase) return progress
    if (progress.phase === 'failed') throw new Error('the export failed')
    await new Promise((resolve) => setImmediate(resolve))
  }
}

async function sheetOf(base64: string): Promise<ExcelJS.Worksheet> {
  const bytes = Buffer.from(base64, 'base64')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return workbook.worksheets[0]!
}

describe('an export runs beside the core, not on it', () => {
  it('the ledger export is under way while another desk’s queue, list and write are answered; then it finishes whole', async () => {
    const release = o.office.ws.database.exports.holdAfterReading()
    const jobId = randomUUID()
    let finished = false
    const exporting = o.head.call('ledger.export', { filter: { period: 'all' }, jobId }).finally(() => (finished = true))
    try {
      expect(await untilPhase(o.head, jobId, 'writing')).toEqual({ phase: 'writing', rowCount: CONTRACTS, rowsWritten: 0, percent: 10 })
      // Another desk, while the export holds: its queue, the ledger page, and a write all answer.
      const queue = await o.gm.call('queue.list', { tab: 'done' })
      expect(queue.rows.length).toBeGreaterThan(0)
      expect((await o.finance.call('ledger.list', { filter: { period: 'all' } })).total).toBe(CONTRACTS)
      const draft = await o.clerk.call('applications.save', o.applicationInput())
      expect(draft.header.state).toBe('draft')
      // …and the export has still not finished: the worker is still held.
      expect(finished).toBe(false)
      expect((await o.head.call('export.progress', { jobId })).phase).toBe('writing')
    } finally {
      release()
    }
    const file = await exporting
    expect(file).toMatchObject({ fileName: '合同台帐-全部.xlsx', rowCount: CONTRACTS })
    const sheet = await sheetOf(file.base64)
    const first = (await o.finance.call('ledger.list', { filter: { period: 'all' } })).rows[0]?.contractNo
    expect([sheet.getCell('A3').value, sheet.getCell(`A${3 + CONTRACTS}`).value]).toEqual([first, '合计'])
    expect(await o.head.call('export.progress', { jobId })).toEqual({ phase: 'done', rowCount: CONTRACTS, rowsWritten: CONTRACTS, percent: 100 })
  })

  it('the queue export too: the same person’s queue answers while their export of it is under way', async () => {
    const release = o.office.ws.database.exports.holdAfterReading()
    const jobId = randomUUID()
    let finished = false
    const exporting = o.manager.call('queue.export', { tab: 'done', jobId }).finally(() => (finished = true))
    try {
      const writing = await untilPhase(o.manager, jobId, 'writing')
      expect(writing.rowCount).toBeGreaterThan(0)
      expect(writing.percent).toBe(10)
      const list = await o.manager.call('queue.list', { tab: 'done' })
      expect(list.rows.length).toBe(writing.rowCount)
      expect(finished).toBe(false)
    } finally {
      release()
    }
    const file = await exporting
    const sheet = await sheetOf(file.base64)
    expect(sheet.name).toBe('已办')
    expect(sheet.rowCount).toBe(2 + file.rowCount)
    expect((await o.manager.call('export.progress', { jobId })).phase).toBe('done')
  })

  it('a job is its owner’s: another user, or an id never started, reads unknown; a job id must be a UUID', async () => {
    const jobId = randomUUID()
    await o.head.call('ledger.export', { filter: {}, jobId })
    expect((await o.head.call('export.progress', { jobId })).phase).toBe('done')
    expect(await o.finance.call('export.progress', { jobId })).toEqual({ phase: 'unknown', rowCount: null, rowsWritten: 0, percent: 0 })
    expect((await o.head.call('export.progress', { jobId: randomUUID() })).phase).toBe('unknown')
    expect((await o.head.refused('export.progress', { jobId: 'job-1' })).code).toBe('INVALID_INPUT')
    expect((await o.head.refused('ledger.export', { filter: {}, jobId: 'job-1' })).code).toBe('INVALID_INPUT')
  })

  it('exports without a job id as before', async () => {
    expect(await o.head.call('ledger.export', { filter: { period: '2026' } })).toMatchObject({ fileName: '合同台帐-2026.xlsx', rowCount: CONTRACTS })
  })
})
