import { dayText } from '../calendar'
import { person, type DemoOffice } from './demo-office'

// Issue 11 in the demo, through the router: qc certifies goods coming off the line (合格证), production
// fills inbound slips with them and submits, the warehouse signs them into stock. The closing days leave
// certificates waiting for a slip (合格证 → 待入库), a draft slip with production and slips in the
// warehouse's 待办.

/** qc: one or two certificates for products of the range, in their typical quantities. */
export async function qcSitting(office: DemoOffice, day: number): Promise<void> {
  const qc = person(office, 'tangfang')
  const products = await qc.call('products.list', {})
  const n = office.random.int(1, 2)
  for (let i = 0; i < n; i++) {
    const product = office.random.pick(products)
    const quantity = Math.max(1, Math.round((office.typicalQuantity.get(product.code) ?? 2) * office.random.between(1, 3)))
    await qc.call('qcCertificates.issue', { productId: product.id, quantity, batchNo: `${dayText(day).replaceAll('-', '').slice(2)}-${i + 1}`, inspectedOn: dayText(day) })
  }
}

/** production: one slip with every certificate waiting; submitted, unless `leaveDraft` (the last day). */
export async function productionSitting(office: DemoOffice, day: number, leaveDraft: boolean): Promise<void> {
  const production = person(office, 'luoqiang')
  const waiting = await production.call('qcCertificates.list', { status: 'issued', pageSize: 50 })
  if (waiting.rows.length === 0) return
  const draft = await production.call('inbound.create', {
    receivedOn: dayText(day),
    lines: waiting.rows.map((c) => ({ productId: c.productId, quantity: c.quantity, certificateId: c.id })),
  })
  if (!leaveDraft) await production.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
}

/** warehouse: signs in every slip waiting in its 待办 (posting it raises stock). */
export async function warehouseSitting(office: DemoOffice): Promise<void> {
  const warehouse = person(office, 'fengjun')
  const page = await warehouse.call('queue.list', { tab: 'todo', filter: { docType: 'inbound' }, pageSize: 200 })
  for (const row of page.rows) {
    const view = await warehouse.call('documents.get', { id: row.documentId })
    await warehouse.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve', comment: '数量相符，已入库' })
  }
}
