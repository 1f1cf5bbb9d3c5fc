import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import type { QcCertificateDto } from '../../../../shared/doc-types/inbound/qc-certificate'
import { periodOf } from '../../../../shared/document-number'
import { AppError } from '../../../../shared/errors'
import { appendAuditEvent } from '../../audit/append-audit-event'
import { readRows } from '../../db/driver-query'
import { ProductEntity } from '../../db/entities'
import { lockKey } from '../../db/locks'
import type { ActionContext } from '../../workflow/document-kind'
import { QcCertificateEntity } from './qc-certificate-entity'

// R7: qc's certificate register — issue, void (R24: never one a live inbound slip carries), list.

/** The lock two decisions about one certificate take (its use by an inbound line, its voiding). */
export const lockCertificate = (em: EntityManager, id: number) => lockKey(em, `qc_certificate.${id}`)

/** Live = on an inbound slip that is not voided: the one inbound line that uses the certificate (R7). */
export const LIVE_USE_SQL = `SELECT l.certificate_id, d.id AS document_id, d.doc_no FROM inbound_lines l JOIN documents d ON d.id = l.document_id WHERE d.state <> 'voided'`

interface CertificateRow {
  id: number; cert_no: string; product_id: number; code: string; name: string; spec: string; unit: string; quantity: number | string; batch_no: string
  inspected_on: string; inspector_name: string; remark: string | null; issued_at: string; issued_by_name: string; voided_at: string | null; void_reason: string | null
  used_by_document_id: number | null; used_by_doc_no: string | null
}

const SELECT = `SELECT c.id, c.cert_no, c.product_id, p.code, p.name, p.spec, p.unit, c.quantity, c.batch_no, c.inspected_on, c.inspector_name, c.remark,
    c.issued_at, c.issued_by_name, c.voided_at, c.void_reason, u.document_id AS used_by_document_id, u.doc_no AS used_by_doc_no
  FROM qc_certificates c JOIN products p ON p.id = c.product_id LEFT JOIN (${LIVE_USE_SQL}) u ON u.certificate_id = c.id`

const dto = (r: CertificateRow): QcCertificateDto => ({
  id: Number(r.id), certNo: r.cert_no, productId: Number(r.product_id), productCode: r.code, productName: r.name, spec: r.spec, unit: r.unit,
  quantity: Number(r.quantity), batchNo: r.batch_no, inspectedOn: r.inspected_on, inspectorName: r.inspector_name, remark: r.remark,
  issuedAt: r.issued_at, issuedByName: r.issued_by_name, status: r.voided_at ? 'voided' : r.used_by_document_id !== null ? 'used' : 'issued',
  usedByDocumentId: r.used_by_document_id === null ? null : Number(r.used_by_document_id), usedByDocNo: r.used_by_doc_no, voidedAt: r.voided_at, voidReason: r.void_reason,
})

export async function certificateById(em: EntityManager, id: number): Promise<QcCertificateDto | null> {
  const [row] = await readRows<CertificateRow>(em, `${SELECT} WHERE c.id = :id`, { id })
  return row ? dto(row) : null
}

/** HG + yyyymm + 4 digits (R22's prefix for the QC certificate), numbered without a gap per month. */
async function nextCertNo(em: EntityManager, at: Date): Promise<string> {
  const period = periodOf(at.toISOString())
  await lockKey(em, `qc_certificates.number.${period}`)
  const [row] = await readRows<{ n: number | string }>(em, `SELECT count(*) AS n FROM qc_certificates WHERE cert_no LIKE :prefix`, { prefix: `HG${period}%` })
  const seq = Number(row?.n ?? 0) + 1
  if (seq > 9999) throw new AppError('NUMBER_EXHAUSTED')
  return `HG${period}${String(seq).padStart(4, '0')}`
}

export async function issueCertificate(em: EntityManager, input: ParsedInputOf<'qcCertificates.issue'>, ctx: ActionContext): Promise<QcCertificateDto> {
  const product = await em.getRepository(ProductEntity).findOneBy({ id: input.productId })
  if (!product) throw new AppError('PRODUCT_NOT_FOUND')
  const certNo = await nextCertNo(em, ctx.at)
  const { identifiers } = await em.getRepository(QcCertificateEntity).insert({
    certNo, productId: product.id, quantity: input.quantity, batchNo: input.batchNo, inspectedOn: input.inspectedOn,
    inspectorName: input.inspectorName ?? ctx.user.name, remark: input.remark ?? null, issuedAt: ctx.at.toISOString(),
    issuedByUserId: ctx.user.id, issuedByName: ctx.user.name, voidedAt: null, voidedByUserId: null, voidReason: null,
  })
  const id = Number(identifiers[0]?.id)
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'qc', action: 'certificate.issue', entityType: 'qcCertificate', entityId: id, docNo: certNo,
    details: { productId: product.id, quantity: input.quantity, batchNo: input.batchNo },
  })
  return (await certificateById(em, id))!
}

/** R24: voiding follows the chain backwards — a certificate an inbound slip (draft or posted) carries stays. */
export async function voidCertificate(em: EntityManager, input: ParsedInputOf<'qcCertificates.void'>, ctx: ActionContext): Promise<QcCertificateDto> {
  await lockCertificate(em, input.id)
  const cert = await certificateById(em, input.id)
  if (!cert) throw new AppError('CERTIFICATE_NOT_FOUND')
  if (cert.status === 'voided') throw new AppError('CERTIFICATE_VOIDED')
  if (cert.status === 'used')
    throw new AppError('CERTIFICATE_IN_USE', `合格证 ${cert.certNo} 已被入库单 ${cert.usedByDocNo} 使用，不能作废（R24）；如入库单尚未入库，请先作废该入库单`, {
      usedByDocNo: cert.usedByDocNo,
    })
  await em.getRepository(QcCertificateEntity).update({ id: cert.id }, { voidedAt: ctx.at.toISOString(), voidedByUserId: ctx.user.id, voidReason: input.reason })
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'qc', action: 'certificate.void', entityType: 'qcCertificate', entityId: cert.id, docNo: cert.certNo, comment: input.reason,
  })
  return (await certificateById(em, cert.id))!
}

export async function listCertificates(em: EntityManager, input: ParsedInputOf<'qcCertificates.list'>): Promise<{ rows: QcCertificateDto[]; total: number }> {
  const where: string[] = []
  const params: Record<string, unknown> = {}
  if (input.status === 'voided') where.push('c.voided_at IS NOT NULL')
  if (input.status === 'issued') where.push('c.voided_at IS NULL AND u.document_id IS NULL')
  if (input.status === 'used') where.push('c.voided_at IS NULL AND u.document_id IS NOT NULL')
  if (input.productId !== undefined) {
    where.push('c.product_id = :productId')
    params.productId = input.productId
  }
  if (input.search) {
    where.push('(c.cert_no LIKE :search OR c.batch_no LIKE :search)')
    params.search = `%${input.search.replace(/[%_]/g, '')}%`
  }
  const filter = where.length ? ` WHERE ${where.join(' AND ')}` : ''
  const rows = await readRows<CertificateRow>(em, `${SELECT}${filter} ORDER BY c.id DESC LIMIT :limit OFFSET :offset`, {
    ...params, limit: input.pageSize, offset: (input.page - 1) * input.pageSize,
  })
  const [count] = await readRows<{ n: number | string }>(em, `SELECT count(*) AS n FROM (${SELECT}${filter}) x`, params)
  return { rows: rows.map(dto), total: Number(count?.n ?? 0) }
}
