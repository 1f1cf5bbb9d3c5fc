import type { QcCertificateDto } from '../../../../shared/doc-types/inbound/qc-certificate'
import type { NoticeAwaitingInboundDto } from '../../../../shared/doc-types/production-notice/production-notice-body'

/**
 * R6 → R7: the lines an inbound slip against a notice starts with — for each product the notice still
 * lacks, certificates of that product waiting for inbound, in the order qc issued them, until the
 * remaining quantity is covered (each line ≤ its certificate and ≤ what is left). A product without a
 * certificate gets an empty line, so production sees what qc still has to certify (the core refuses
 * CERTIFICATE_MISSING and NOTICE_QUANTITY_EXCEEDED anyway).
 */
export function linesFromNotice(notice: NoticeAwaitingInboundDto, certificates: readonly QcCertificateDto[]): Array<{ certificateId?: number; quantity?: number }> {
  const lines: Array<{ certificateId?: number; quantity?: number }> = []
  for (const line of notice.lines) {
    let left = line.remaining
    for (const c of [...certificates].filter((x) => x.productId === line.productId).sort((a, b) => a.id - b.id)) {
      if (left <= 0) break
      const quantity = Math.min(c.quantity, left)
      lines.push({ certificateId: c.id, quantity })
      left -= quantity
    }
    if (left === line.remaining) lines.push({})
  }
  return lines.length ? lines : [{}]
}
