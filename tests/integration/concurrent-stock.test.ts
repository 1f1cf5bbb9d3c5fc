import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import type { OpenedWorkstation } from '../../electron/core/open-workstation'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { moveStock } from '../../electron/core/stock/move-stock'
import { openGoodsOffice, type GoodsOffice } from './support/goods-office'
import { atOnceWhileHeld, openMoreWorkstations, sameUserOn } from './support/pg-workstations'
import { snapshotTables } from './support/table-snapshot'
import { onPostgres } from './support/test-backend'
import type { TestClient } from './support/test-workstation'

// Stock never goes negative and the running figure is always Σ movements, with 50 posts at once. On
// PostgreSQL from two workstations, meeting on the product's stock row (held until some wait on it); on
// SQLite one file is one workstation (numbering.test.ts), so all go through its serial queue.

let g: GoodsOffice
let desk2: OpenedWorkstation | null = null
beforeAll(async () => {
  g = await openGoodsOffice()
  desk2 = onPostgres ? ((await openMoreWorkstations(g.office, 1))[0] ?? null) : null
}, 60_000)
afterAll(async () => {
  await desk2?.close()
  await g.office.close()
})

const N = 50
/** No outbound slip exists yet (issue 12): an application of the office stands in for the slip a withdrawal names. */
async function standIn() {
  const view = await g.clerk.call('documents.get', { id: await g.approvedApplication() })
  return { id: view.header.id, docType: view.header.docType, docNo: view.header.docNo }
}
const onHand = async (productId: number) => (await g.warehouse.call('stock.onHand', { productId }))[0]!.onHand
/** Calls at once; on PostgreSQL they meet on the product's stock row while a holder keeps it locked. */
const atOnce = <T>(productId: number, fire: () => Promise<T>) =>
  onPostgres ? atOnceWhileHeld(g.office.path, { sql: `SELECT 1 FROM stock_on_hand WHERE product_id = $1 FOR UPDATE`, params: [productId] }, 2, fire) : fire()

describe('stock under 50 posts at once', () => {
  it('50 inbound slips posted at once: on hand rises by every one, each movement’s balance continues the one before', async () => {
    // The product's stock row exists once something was posted; the holder then has a row to hold.
    await g.postedInbound(await g.certificate({ productId: g.valveId, quantity: 1 }), g.valveId, 1)
    const pending: Array<{ id: number; version: number }> = []
    for (let i = 0; i < N; i++) {
      const cert = await g.certificate({ productId: g.valveId, quantity: 2, batchNo: `C${i}` })
      const draft = await g.production.call('inbound.create', { receivedOn: '2026-11-20', lines: [{ productId: g.valveId, quantity: 2, certificateId: cert }] })
      const sent = await g.production.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
      pending.push({ id: sent.header.id, version: sent.header.version })
    }
    const warehouse2 = desk2 ? sameUserOn(desk2, g.warehouse) : g.warehouse
    const results = await atOnce(g.valveId, () =>
      Promise.all(pending.map((p, i) => (i % 2 ? warehouse2 : g.warehouse).raw('documents.act', { id: p.id, version: p.version, action: 'approve' }))),
    )
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect(await onHand(g.valveId)).toBe(1 + 2 * N)
    const moves = await g.warehouse.call('stock.movements', { productId: g.valveId, pageSize: 200 })
    expect(moves.total).toBe(N + 1)
    expect(moves.rows.map((m) => m.balanceAfter).sort((a, b) => a - b)).toEqual([1, ...Array.from({ length: N }, (_, i) => 3 + 2 * i)])
    expect((await checkIntegrity(g.office.ws.database)).problems).toEqual([])
  }, 120_000)

  it('50 withdrawals of 1 from 30 at once: 30 go out, 20 are refused STOCK_NOT_ENOUGH, on hand ends at 0, never below', async () => {
    await g.postedInbound(await g.certificate({ quantity: 30 }), g.pumpId, 30)
    const start = await onHand(g.pumpId)
    // The movement is made as the outbound slip's posting will make it, by moveStock.
    const document = await standIn()
    const databases = [g.office.ws.database, ...(desk2 ? [desk2.database] : [])]
    const withdraw = (i: number) =>
      databases[i % databases.length]!
        .transaction((em) => moveStock(em, { productId: g.pumpId, quantity: -1, document, at: g.office.clock.now() }))
        .then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.code : String(e)))
    const outcomes = await atOnce(g.pumpId, () => Promise.all(Array.from({ length: N }, (_, i) => withdraw(i))))
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(start)
    expect(outcomes.filter((o) => o !== 'ok')).toEqual(Array.from({ length: N - start }, () => 'STOCK_NOT_ENOUGH'))
    expect(await onHand(g.pumpId)).toBe(0)
    expect((await checkIntegrity(g.office.ws.database)).problems).toEqual([])
  }, 120_000)

  it('a refused withdrawal changes nothing, and says how much is missing', async () => {
    await g.postedInbound(await g.certificate({ productId: g.valveId, quantity: 3, batchNo: 'R1' }), g.valveId, 3)
    const have = await onHand(g.valveId)
    const document = await standIn()
    const before = await snapshotTables(g.office.ws.database)
    const error = await g.office.ws.database
      .transaction((em) => moveStock(em, { productId: g.valveId, quantity: -(have + 5), document, at: g.office.clock.now() }))
      .then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('STOCK_NOT_ENOUGH')
    expect((error as AppError).message).toBe(`库存不足：在库 ${have}，本次出库 ${have + 5}，还差 5；请核对在库数量或减少出库数量`)
    expect(await snapshotTables(g.office.ws.database)).toEqual(before)
  })

  it('the database itself refuses a negative on-hand figure and any change to a movement', async () => {
    const db = g.office.ws.database
    const fails = (sql: string) => db.transaction((em) => em.query(sql)).then(() => 'ran', () => 'refused')
    expect(await fails(`UPDATE stock_on_hand SET quantity = -1 WHERE product_id = ${g.pumpId}`)).toBe('refused')
    expect(await fails(`UPDATE stock_movements SET quantity = 99`)).toBe('refused')
    expect(await fails(`DELETE FROM stock_movements`)).toBe('refused')
  })

  it('R7: two slips take one certificate at once: one holds it, the other is told CERTIFICATE_USED', async () => {
    const cert = await g.certificate({ quantity: 4, batchNo: 'TWO' })
    const production2 = desk2 ? sameUserOn(desk2, g.production) : g.production
    const fill = (who: TestClient) => () => who.raw('inbound.create', { receivedOn: '2026-11-20', lines: [{ productId: g.pumpId, quantity: 4, certificateId: cert }] })
    const fire = () => Promise.all([fill(g.production)(), fill(production2)()])
    const [a, b] = onPostgres ? await atOnceWhileHeld(g.office.path, { sql: 'LOCK TABLE inbound_lines IN EXCLUSIVE MODE' }, 2, fire) : await fire()
    expect([a!.ok ? 'ok' : a!.error.code, b!.ok ? 'ok' : b!.error.code].sort()).toEqual(['CERTIFICATE_USED', 'ok'])
    expect((await g.production.call('qcCertificates.list', { status: 'used', search: 'TWO' })).total).toBe(1)
  })
})
