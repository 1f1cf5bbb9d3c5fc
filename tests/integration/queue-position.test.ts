import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QUEUE_EXPORT_CAP, type QueueRow } from '../../shared/api'
import { openContractOffice, type ContractOffice } from './support/contract-office'

// Issue 10 "The queue": 已办 says what I decided and where the document is now; 我发起的 says whose desk it
// is on and whether an approved application has its contract; the view exports to .xlsx.

let o: ContractOffice
let approvedId: number
let pendingId: number
let rejectedId: number
let contractNo: string

beforeAll(async () => {
  o = await openContractOffice()
  approvedId = await o.approvedApplication()
  const act = async (who: ContractOffice['clerk'], id: number, action: 'submit' | 'approve' | 'reject', comment?: string) => {
    const view = await who.call('documents.get', { id })
    return who.call('documents.act', { id, version: view.header.version, action, ...(comment ? { comment } : {}) })
  }
  const pending = await o.clerk.call('applications.save', o.applicationInput())
  pendingId = pending.header.id
  await act(o.clerk, pendingId, 'submit')
  await act(o.manager, pendingId, 'approve', '同意')
  const rejected = await o.clerk.call('applications.save', o.applicationInput())
  rejectedId = rejected.header.id
  await act(o.clerk, rejectedId, 'submit')
  await act(o.manager, rejectedId, 'reject', '交货期太紧，请与生产确认')
}, 60_000)
afterAll(() => o.office.close())

const rowOf = async (who: ContractOffice['clerk'], tab: 'todo' | 'done' | 'started', documentId: number): Promise<QueueRow | undefined> =>
  (await who.call('queue.list', { tab })).rows.find((r) => r.documentId === documentId)

describe('已办: my decision and where the document is now', () => {
  it('an approval passed on says 同意 and the general manager’s desk', async () => {
    expect(await rowOf(o.manager, 'done', pendingId)).toMatchObject({
      stepName: '销售经理审签', decision: 'approve',
      now: { state: 'pending', closed: false, steps: ['总经理签批'], holders: ['总经理'], madeInto: null },
    })
  })

  it('a rejection says reject (not approve) and that the drafter has it back', async () => {
    const row = await rowOf(o.manager, 'done', rejectedId)
    expect(row).toMatchObject({ decision: 'reject', now: { state: 'rejected', closed: false, steps: ['修改后重新提交'], holders: ['王小丽'], madeInto: null } })
  })

  it('an approved application waits on 销售部主管 to make the contract, then shows the contract', async () => {
    expect((await rowOf(o.manager, 'done', approvedId))?.now).toEqual({ state: 'approved', closed: false, steps: ['签订合同'], holders: ['销售部主管'], madeInto: null })
    const contract = await o.head.call('contracts.createFromApplication', { applicationId: approvedId, customerContractNo: 'SD-2026-118', signedOn: '2026-11-20' })
    contractNo = contract.header.docNo
    const now = { state: 'contracted', closed: false, steps: [], holders: [], madeInto: { docType: 'contract', docNo: contractNo } }
    expect((await rowOf(o.manager, 'done', approvedId))?.now).toEqual(now)
    expect((await rowOf(o.gm, 'done', approvedId))).toMatchObject({ decision: 'approve', now })
    // The follow-up task the head closed by making the contract reads as 转合同, not as an approval.
    expect(await rowOf(o.head, 'done', approvedId)).toMatchObject({ stepName: '签订合同', decision: 'contract' })
  })
})

describe('我发起的: whose desk, and the contract of an approved application', () => {
  it('says who holds each of my documents now', async () => {
    expect((await rowOf(o.clerk, 'started', pendingId))?.now).toMatchObject({ state: 'pending', steps: ['总经理签批'], holders: ['总经理'] })
    expect((await rowOf(o.clerk, 'started', rejectedId))?.now).toMatchObject({ state: 'rejected', holders: ['王小丽'] })
    expect((await rowOf(o.clerk, 'started', approvedId))?.now).toMatchObject({ state: 'contracted', madeInto: { docType: 'contract', docNo: contractNo } })
  })

  it('待办 rows carry no position (they are on my desk) and no decision', async () => {
    const row = await rowOf(o.gm, 'todo', pendingId)
    expect(row).toBeDefined()
    expect(row?.now).toBeUndefined()
    expect(row?.decision).toBeUndefined()
  })
})

async function openWorkbook(base64: string): Promise<ExcelJS.Worksheet> {
  const bytes = Buffer.from(base64, 'base64')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return workbook.worksheets[0]!
}
const valuesOf = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1)

describe('queue.export: the view as .xlsx', () => {
  it('writes the manager’s 已办 with the decision (a rejection in red) and where each document is now', async () => {
    const file = await o.manager.call('queue.export', { tab: 'done' })
    expect(file).toMatchObject({ fileName: '已办-2026-11-20.xlsx', rowCount: 3, total: 3 })
    const sheet = await openWorkbook(file.base64)
    expect(sheet.name).toBe('已办')
    expect(String(sheet.getCell(1, 1).value)).toContain('单据类型：全部　共 3 条')
    expect(valuesOf(sheet, 2)).toEqual(['单号', '单据类型', '客户', '金额（元）', '我办理的步骤', '办理结果', '当前位置', '发起人', '办理时间'])
    const list = await o.manager.call('queue.list', { tab: 'done' })
    const byNo = new Map([3, 4, 5].map((r) => [String(sheet.getCell(r, 1).value), r]))
    expect([...byNo.keys()]).toEqual(list.rows.map((r) => r.docNo))
    const rejected = byNo.get(list.rows.find((r) => r.documentId === rejectedId)!.docNo)!
    expect(valuesOf(sheet, rejected).slice(1, 8)).toEqual(['合同申报单', '上海申达机电有限公司', 23_000, '销售经理审签', '驳回', '已驳回 · 修改后重新提交 · 王小丽', '王小丽'])
    expect(sheet.getCell(rejected, 6).font?.color?.argb).toBe('FFCF1322')
    const approved = byNo.get(list.rows.find((r) => r.documentId === approvedId)!.docNo)!
    expect(valuesOf(sheet, approved).slice(5, 7)).toEqual(['同意', `已转合同 · 销售合同 ${contractNo}`])
    expect(sheet.getCell(approved, 6).font?.color).toBeUndefined()
  })

  it('exports only what the filters show, and says what they were', async () => {
    const file = await o.clerk.call('queue.export', { tab: 'started', filter: { docType: 'contract' } })
    expect(file).toMatchObject({ fileName: '我发起的-2026-11-20.xlsx', rowCount: 0, total: 0 })
    const sheet = await openWorkbook(file.base64)
    expect(String(sheet.getCell(1, 1).value)).toContain('单据类型：销售合同　共 0 条')
    expect(sheet.rowCount).toBe(2)
  })

  it(`stops at ${QUEUE_EXPORT_CAP} rows, the newest, and says how many the view holds`, async () => {
    // One more document than the cap, drafted by the finance clerk (straight into the tables: the engine would take minutes).
    await o.office.ws.database.transaction(async (em) => {
      await em.query(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${QUEUE_EXPORT_CAP + 1})
         INSERT INTO documents (doc_type, doc_no, title, state, version, drafter_user_id, drafter_name, customer_name, amount_fen,
                                created_at, updated_at, closed_at, current_step, route, round, last_signer_user_id)
         SELECT 'application', 'SQ2025' || CAST(100000 + i AS TEXT), '合同申报', 'draft', 1, ${o.finance.id}, '刘会计', '客户', 100,
                '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', NULL, NULL, NULL, 0, NULL
           FROM n`,
      )
    })
    const file = await o.finance.call('queue.export', { tab: 'started' })
    expect(file).toMatchObject({ rowCount: QUEUE_EXPORT_CAP, total: QUEUE_EXPORT_CAP + 1 })
    const sheet = await openWorkbook(file.base64)
    expect(String(sheet.getCell(1, 1).value)).toContain(`仅含最新 ${QUEUE_EXPORT_CAP} 条（共 ${QUEUE_EXPORT_CAP + 1} 条`)
    expect(sheet.rowCount).toBe(2 + QUEUE_EXPORT_CAP)
    // Newest first, as the list: same time, so the higher id (the last inserted) leads.
    expect(sheet.getCell(3, 1).value).toBe(`SQ2025${100000 + QUEUE_EXPORT_CAP + 1}`)
    expect(sheet.getCell(3, 6).value).toBe('草稿 · 刘会计')
  }, 60_000)
})
