import { dayText } from '../calendar'
import { person, type DemoOffice } from './demo-office'

// Issue 11 in the demo, through the router: qc certifies the goods of the signed production notices in
// its 待办 (出具合格证, certificates naming the notice) and now and then goods for stock; production fills
// inbound slips against the notices awaiting inbound and one with the rest, and submits; the warehouse
// signs them into stock (the notices go 部分入库 / 已入库). The closing days leave a notice in qc's 待办,
// certificates waiting for a slip (合格证 → 待入库), a draft slip with production and slips in the
// warehouse's 待办.

/** qc: the notices in its 待办, certified product by product (in the closing week, all but the newest); then one or two certificates for stock (the office’s random stream drawn as before). */
export async function qcSitting(office: DemoOffice, day: number, leaveWaiting = 0): Promise<void> {
  const qc = person(office, 'tangfang')
  const notices = (await qc.call('queue.list', { tab: 'todo', filter: { docType: 'productionNotice' }, pageSize: 200 })).rows
  for (const [k, row] of notices.slice(0, Math.max(0, notices.length - leaveWaiting)).entries()) {
    const view = await qc.call('documents.get', { id: row.documentId })
    if (view.body?.kind !== 'productionNotice') continue
    const certified = (await qc.call('qcCertificates.list', { status: 'all', productionNoticeId: row.documentId, pageSize: 200 })).rows.filter((c) => c.status !== 'voided')
    const byProduct = new Map<number, number>()
    for (const line of view.body.lines) byProduct.set(line.productId, (byProduct.get(line.productId) ?? 0) + line.quantity)
    for (const c of certified) byProduct.set(c.productId, (byProduct.get(c.productId) ?? 0) - c.quantity)
    for (const [productId, quantity] of byProduct) {
      if (quantity <= 0) continue
      await qc.call('qcCertificates.issue', {
        productId, quantity, batchNo: `${dayText(day).replaceAll('-', '').slice(2)}-N${k + 1}`, inspectedOn: dayText(day), productionNoticeId: row.documentId,
      })
    }
  }
  const products = await qc.call('products.list', {})
  const n = office.random.int(1, 2)
  for (let i = 0; i < n; i++) {
    const product = office.random.pick(products)
    const quantity = Math.max(1, Math.round((office.typicalQuantity.get(product.code) ?? 2) * office.random.between(1, 3)))
    await qc.call('qcCertificates.issue', { productId: product.id, quantity, batchNo: `${dayText(day).replaceAll('-', '').slice(2)}-${i + 1}`, inspectedOn: dayText(day) })
  }
}

/**
 * production: a slip against each notice awaiting inbound with the certificates issued for it, then one
 * with every other certificate waiting; submitted, unless `leaveDraft` (the last day).
 */
export async function productionSitting(office: DemoOffice, day: number, leaveDraft: boolean): Promise<void> {
  const production = person(office, 'luoqiang')
  let waiting = (await production.call('qcCertificates.list', { status: 'issued', pageSize: 200 })).rows
  const slips: Array<{ sourceNoticeId?: number; certificates: typeof waiting }> = []
  for (const notice of await production.call('productionNotices.awaitingInbound', {})) {
    // What the notice still lacks, per product, from the certificates issued for it (R6 → R7: never more).
    const lacks = new Map(notice.lines.map((l) => [l.productId, l.remaining]))
    const taken = waiting.filter((c) => {
      if (c.productionNoticeId !== notice.noticeId) return false
      const left = lacks.get(c.productId) ?? 0
      if (c.quantity > left) return false
      lacks.set(c.productId, left - c.quantity)
      return true
    })
    if (taken.length) slips.push({ sourceNoticeId: notice.noticeId, certificates: taken })
  }
  waiting = waiting.filter((c) => c.productionNoticeId === null)
  if (waiting.length) slips.push({ certificates: waiting })
  for (const slip of slips) {
    const draft = await production.call('inbound.create', {
      ...(slip.sourceNoticeId ? { sourceNoticeId: slip.sourceNoticeId } : {}),
      receivedOn: dayText(day),
      lines: slip.certificates.map((c) => ({ productId: c.productId, quantity: c.quantity, certificateId: c.id })),
    })
    if (!leaveDraft) await production.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
  }
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
