import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LedgerFilter, LedgerRow } from '../../shared/api'
import { insertContract, insertCustomer, type ContractSeed } from './support/contract-rows'
import { openTestOffice, PASSWORD, START, type TestClient, type TestOffice } from './support/test-workstation'

let office: TestOffice
let finance: TestClient
const people: Record<'wang' | 'zhao' | 'li', { id: number; name: string }> = { wang: { id: 0, name: '王小丽' }, zhao: { id: 0, name: '赵强' }, li: { id: 0, name: '李四' } }
const customers: Record<'shenda' | 'pujiang' | 'qiantang', { id: number; name: string }> = {
  shenda: { id: 0, name: '上海申达机电有限公司' }, pujiang: { id: 0, name: '上海浦江阀门厂' }, qiantang: { id: 0, name: '杭州钱塘重工' },
}
type Seed = [no: string, customer: keyof typeof customers, person: keyof typeof people, signedOn: string, amountFen: number, extra?: Partial<ContractSeed>]
const CLOSED = { closedAt: '2026-11-19T08:00:00.000Z' }
// R5: signed (approved) contracts, in ledger order: signing day descending, then contract number descending.
const SIGNED: Seed[] = [
  ['HT2026120001', 'qiantang', 'zhao', '2026-12-01', 450_050],
  ['HT2026110004', 'qiantang', 'zhao', '2026-11-30', 300_000],
  ['HT2026110003', 'shenda', 'zhao', '2026-11-15', 250_000, CLOSED],
  ['HT2026110002', 'pujiang', 'zhao', '2026-11-15', 5_000_000],
  ['HT2026110001', 'shenda', 'wang', '2026-11-03', 1_234_567, { customerContractNo: 'SD-2026-088' }],
  ['HT2026100001', 'pujiang', 'wang', '2026-10-31', 800_000],
  ['HT2026010001', 'qiantang', 'wang', '2026-01-01', 99],
  ['HT2025120001', 'shenda', 'wang', '2025-12-31', 1_000_000, CLOSED],
]
// Not signed (yet, or ever): never in the ledger. 李四 has only these, so is no salesperson of the ledger.
const UNSIGNED: Seed[] = (['draft', 'pending', 'rejected', 'withdrawn', 'voided'] as const).map((state, i) =>
  [`HT20261100${10 + i}`, 'shenda', 'li', '2026-11-16', 777_700, { state }])

beforeAll(async () => {
  office = await openTestOffice()
  finance = await office.person('finance', ['finance'], '钱会计')
  for (const key of ['wang', 'zhao', 'li'] as const) people[key].id = (await office.person(key, ['sales_clerk'], people[key].name)).id
  await office.ws.database.transaction(async (em) => {
    for (const c of Object.values(customers)) c.id = await insertCustomer(em, c.name)
    for (const [contractNo, customer, person, signedOn, amountFen, extra] of [...UNSIGNED, ...SIGNED]) {
      const { id: customerId, name: customerName } = customers[customer]
      await insertContract(em, { contractNo, customerId, customerName, salesperson: people[person], signedOn, amountFen, ...extra })
    }
  })
}, 60_000)
afterAll(() => office.close())

/** The ledger as a reader would compute it by hand from the seeds (the reference for every filter). */
function expected(filter: LedgerFilter): Seed[] {
  // No period is this month in Shanghai at the test clock (2026-11-20 10:00 there); "all" is every month.
  const period = filter.period ?? '2026-11'
  return SIGNED.filter(([, customer, person, signedOn, , extra]) =>
    (filter.customerId === undefined || customers[customer].id === filter.customerId) &&
    (filter.salespersonId === undefined || people[person].id === filter.salespersonId) &&
    (period === 'all' || signedOn.startsWith(period)) &&
    (!filter.status || (filter.status === 'closed') === Boolean(extra?.closedAt)))
}
const nos = (rows: Array<{ contractNo: string }>) => rows.map((r) => r.contractNo)
const list = (filter: LedgerFilter, page = 1, pageSize = 50) => finance.call('ledger.list', { filter, page, pageSize })

describe('R5 the contract ledger', () => {
  it('a signed contract appears at once, shipped / collected / invoiced 0 and outstanding its whole amount', async () => {
    const row = (await list({ period: 'all' })).rows.find((r) => r.contractNo === 'HT2026110001')
    expect(row).toEqual<LedgerRow>({
      contractId: expect.any(Number) as number, contractNo: 'HT2026110001', customerContractNo: 'SD-2026-088', customerId: customers.shenda.id,
      customerName: '上海申达机电有限公司', salespersonName: '王小丽', signedOn: '2026-11-03', amountFen: 1_234_567,
      shippedFen: 0, collectedFen: 0, invoicedFen: 0, outstandingFen: 1_234_567, receivableFen: 0, status: 'signed',
    })
  })

  it('lists every signed contract newest first (contract number breaks a tie), and nothing draft, pending, rejected, withdrawn or voided', async () => {
    const page = await list({ period: 'all' })
    expect(nos(page.rows)).toEqual(SIGNED.map(([no]) => no))
    expect(page.total).toBe(8)
  })

  it('R19: a closed contract shows 已关闭 (closed); the rest 已签订 (signed)', async () => {
    const { rows } = await list({ period: 'all' })
    expect(rows.filter((r) => r.status === 'closed').map((r) => r.contractNo)).toEqual(['HT2026110003', 'HT2025120001'])
    expect(nos((await list({ status: 'closed', period: 'all' })).rows)).toEqual(['HT2026110003', 'HT2025120001'])
  })

  it('R6: a contract whose production notice is signed shows 已排产 (scheduled) and is filtered as such, not as 已签订', async () => {
    const scheduled = 'HT2026110004'
    await office.ws.database.transaction((em) => em.query(`UPDATE documents SET state = 'scheduled' WHERE doc_no = '${scheduled}'`))
    try {
      const { rows } = await list({ period: 'all' })
      expect(rows.find((r) => r.contractNo === scheduled)?.status).toBe('scheduled')
      expect(nos((await list({ status: 'scheduled', period: 'all' })).rows)).toEqual([scheduled])
      expect(nos((await list({ status: 'signed', period: 'all' })).rows)).not.toContain(scheduled)
    } finally {
      await office.ws.database.transaction((em) => em.query(`UPDATE documents SET state = 'approved' WHERE doc_no = '${scheduled}'`))
    }
  })

  it('filters by month and by year on the signing day, boundaries included', async () => {
    expect(nos((await list({ period: '2026-11' })).rows)).toEqual(['HT2026110004', 'HT2026110003', 'HT2026110002', 'HT2026110001'])
    expect(nos((await list({ period: '2026-10' })).rows)).toEqual(['HT2026100001'])
    expect(nos((await list({ period: '2026-12' })).rows)).toEqual(['HT2026120001'])
    expect(nos((await list({ period: '2025' })).rows)).toEqual(['HT2025120001'])
    expect((await list({ period: '2026' })).total).toBe(7)
  })

  it('every filter alone and in every combination selects what the seeds say, with matching count and totals', async () => {
    const periods = [undefined, '2026', '2025', '2027', '2026-11', '2026-10', '2026-12', '2026-01', '2025-12']
    for (const customer of [undefined, ...Object.values(customers)])
      for (const person of [undefined, ...Object.values(people)])
        for (const period of periods)
          for (const status of [undefined, 'signed', 'closed'] as const) {
            const filter: LedgerFilter = { customerId: customer?.id, salespersonId: person?.id, period, status }
            const want = expected(filter)
            const page = await list(filter)
            const amountFen = want.reduce((sum, s) => sum + s[4], 0)
            expect({ filter, nos: nos(page.rows), total: page.total, totals: page.totals }).toEqual({
              filter, nos: want.map(([no]) => no), total: want.length,
              totals: { amountFen, shippedFen: 0, collectedFen: 0, invoicedFen: 0, outstandingFen: amountFen, receivableFen: 0 },
            })
          }
  })

  it('pages through the ledger; count and totals are over the whole filtered ledger on every page', async () => {
    const all = await list({ salespersonId: people.zhao.id, period: 'all' }, 1, 50)
    const pages = await Promise.all([1, 2, 3].map((p) => list({ salespersonId: people.zhao.id, period: 'all' }, p, 2)))
    expect(pages.flatMap((p) => nos(p.rows))).toEqual(nos(all.rows))
    expect(pages.map((p) => p.rows.length)).toEqual([2, 2, 0])
    for (const p of pages) expect({ total: p.total, totals: p.totals }).toEqual({ total: 4, totals: all.totals })
    expect(all.totals.amountFen).toBe(450_050 + 300_000 + 250_000 + 5_000_000)
  })

  it('按月 with no month picked is this month in Asia/Shanghai by the core clock, not every month', async () => {
    expect(nos((await list({})).rows)).toEqual(['HT2026110004', 'HT2026110003', 'HT2026110002', 'HT2026110001'])
    // 2026-11-30 16:30 UTC is already 2026-12-01 00:30 in Shanghai: December's, though UTC is still in November.
    // Ten days on, the finance session has lapsed: the finance clerk signs in again on that day and asks.
    office.clock.current = new Date('2026-11-30T16:30:00.000Z')
    try {
      const reader = office.client()
      await reader.call('auth.login', { login: 'finance', password: PASSWORD })
      const december = await reader.call('ledger.list', { filter: {} })
      expect({ nos: nos(december.rows), total: december.total, amountFen: december.totals.amountFen }).toEqual({ nos: ['HT2026120001'], total: 1, amountFen: 450_050 })
      const file = await reader.call('ledger.export', { filter: {} })
      expect({ fileName: file.fileName, rowCount: file.rowCount }).toEqual({ fileName: '合同台帐-2026-12.xlsx', rowCount: 1 })
    } finally {
      office.clock.current = new Date(START)
    }
    expect((await list({ period: 'all' })).total).toBe(8)
  })

  it('refuses a period that is neither a month, a year nor "all"', async () => {
    for (const period of ['ALL', '2026-13', '2026-1', 'this-month'])
      expect((await finance.refused('ledger.list', { filter: { period } })).code).toBe('INVALID_INPUT')
  })

  it('offers the salespeople of signed contracts, by name', async () => {
    expect(await finance.call('ledger.salespeople', {})).toEqual([people.wang, people.zhao])
  })
})

async function openExport(filter: LedgerFilter) {
  const file = await finance.call('ledger.export', { filter })
  const workbook = new ExcelJS.Workbook()
  const bytes = Buffer.from(file.base64, 'base64') // what the renderer saves to disk
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
  const sheet = workbook.getWorksheet('合同台帐')
  if (!sheet) throw new Error('no sheet 合同台帐')
  return { file, workbook, sheet, values: (row: number) => (sheet.getRow(row).values as unknown[]).slice(1) }
}

describe('R5 the ledger as an Excel workbook', () => {
  it('has a title naming the filter, the header, each contract in 元 as numbers, and SUM totals', async () => {
    const { file, sheet, values } = await openExport({ period: '2026-11' })
    expect(file).toMatchObject({ fileName: '合同台帐-2026-11.xlsx', rowCount: 4 })
    expect(String(sheet.getCell('A1').value)).toBe('合同台帐　期间：2026年11月　客户：全部　业务员：全部　状态：全部　导出时间：2026-11-20 10:00')
    expect(values(2)).toEqual(['合同号', '客户合同号', '客户', '业务员', '签订日期', '合同金额', '已发货', '已回款', '已开票', '未回款', '应收余额', '状态'])
    expect(sheet.getColumn(1).values.slice(3, 7)).toEqual(['HT2026110004', 'HT2026110003', 'HT2026110002', 'HT2026110001'])
    expect(values(6)).toEqual(['HT2026110001', 'SD-2026-088', '上海申达机电有限公司', '王小丽', new Date('2026-11-03T00:00:00.000Z'), 12345.67, 0, 0, 0, 12345.67, 0, '已签订'])
    expect(values(4).at(-1)).toBe('已关闭')
    for (const column of ['F', 'G', 'H', 'I', 'J', 'K']) expect(sheet.getCell(`${column}6`).numFmt).toBe('#,##0.00')
    expect(sheet.getCell('E6').numFmt).toBe('yyyy-mm-dd')
    expect(values(7).slice(0, 5)).toEqual(['合计', '共 4 份合同', undefined, undefined, undefined])
    // exceljs's cell.value hides a formula's cached result when it is 0; cell.result reads it.
    const sums = ['F', 'G', 'H', 'I', 'J', 'K'].map((column) => ({ formula: sheet.getCell(`${column}7`).formula, result: sheet.getCell(`${column}7`).result }))
    expect(sums).toEqual([
      { formula: 'SUM(F3:F6)', result: 67845.67 }, { formula: 'SUM(G3:G6)', result: 0 }, { formula: 'SUM(H3:H6)', result: 0 },
      { formula: 'SUM(I3:I6)', result: 0 }, { formula: 'SUM(J3:J6)', result: 67845.67 }, { formula: 'SUM(K3:K6)', result: 0 },
    ])
    expect(sheet.rowCount).toBe(7)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(30)
  })

  it('is a valid .xlsx file that opens again from disk', async () => {
    const { file } = await openExport({ period: 'all' })
    const dir = mkdtempSync(join(tmpdir(), 'ledger-export-'))
    try {
      const path = join(dir, file.fileName)
      writeFileSync(path, Buffer.from(file.base64, 'base64'))
      expect(readFileSync(path).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])) // a zip (OOXML) file
      const reopened = await new ExcelJS.Workbook().xlsx.readFile(path)
      const sheet = reopened.getWorksheet('合同台帐')
      expect(file).toMatchObject({ fileName: '合同台帐-全部.xlsx', rowCount: 8 })
      expect(sheet?.getColumn(1).values.slice(3, 11)).toEqual(SIGNED.map(([no]) => no))
      expect(sheet?.getCell('F9').value).toBe(0.99) // 99 fen
      expect(sheet?.getCell('F11').value).toEqual({ formula: 'SUM(F3:F10)', result: 90347.16 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('names the customer, salesperson and status in the title; an empty ledger still has its header and zero totals', async () => {
    const one = await openExport({ customerId: customers.shenda.id, salespersonId: people.zhao.id, status: 'closed', period: '2026' })
    expect(one.file).toMatchObject({ fileName: '合同台帐-2026.xlsx', rowCount: 1 })
    expect(String(one.sheet.getCell('A1').value)).toContain('期间：2026年　客户：上海申达机电有限公司　业务员：赵强　状态：已关闭')
    const none = await openExport({ period: '2027-01' })
    expect(none.file.rowCount).toBe(0)
    expect(none.values(3)).toEqual(['合计', '共 0 份合同', undefined, undefined, undefined, 0, 0, 0, 0, 0, 0])
    const owing = await openExport({ period: '2026', money: 'receivable' })
    expect(String(owing.sheet.getCell('A1').value)).toContain('状态：全部　款项：有应收余额')
  })
})
