import { call } from '../../api/client'

/** One product of a production notice with what live certificates issued for the notice give (R6 → R7). */
export interface CertifyLine {
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  noticeQuantity: number
  certified: number
  /** What certificates for the notice still lack (≤ 0: covered). */
  lacking: number
}

/** A notice's products, each with its quantity and the certificates issued for it (qc's 出具合格证). */
export async function noticeCertifyLines(noticeId: number): Promise<CertifyLine[]> {
  const [view, certificates] = await Promise.all([
    call('documents.get', { id: noticeId }),
    call('qcCertificates.list', { status: 'all', productionNoticeId: noticeId, pageSize: 200 }),
  ])
  if (view.body?.kind !== 'productionNotice') return []
  const byProduct = new Map<number, CertifyLine>()
  for (const l of view.body.lines) {
    const line = byProduct.get(l.productId) ?? {
      productId: l.productId, productCode: l.productCode, productName: l.productName, spec: l.spec, unit: l.unit, noticeQuantity: 0, certified: 0, lacking: 0,
    }
    line.noticeQuantity += l.quantity
    byProduct.set(l.productId, line)
  }
  for (const c of certificates.rows) {
    const line = byProduct.get(c.productId)
    if (line && c.status !== 'voided') line.certified += c.quantity
  }
  return [...byProduct.values()].map((l) => ({ ...l, lacking: l.noticeQuantity - l.certified }))
}
