import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import type { QcCertificateDto } from '../../../../shared/doc-types/inbound/qc-certificate'
import { IN_PRODUCTION_STATES, productionNoticeLifecycle } from '../../../../shared/doc-types/production-notice/production-notice-type'
import { periodOf } from '../../../../shared/document-number'
import { AppError } from '../../../../shared/errors'
import { appendAuditEvent } from '../../audit/append-audit-event'
import { readRows } from '../../db/driver-query'
import { DocumentEntity, ProductEntity, type ProductRow } from '../../db/entities'
import { lockKey, lockRow } from '../../db/locks'
import type { ActionContext } from '../../workflow/document-kind'
import { syncCertifyTask } from '../production-notice/notice-goods'
import { NoticeLineEntity } from '../production-notice/production-notice-entities'
import { QcCertificateEntity } from './qc-certificate-entity'

// R7: qc's certificate register — issue, void (R24: never one a live inbound slip carries), list.

/** The lock two decisions about one certificate take (its use by an inbound line, its voiding). */
export const lockCertificate = (em: EntityManager, id: number) => lockKey(em, `qc_certificate.${id}`)

/** Live = on an inbound slip that is not voided: the one inbound line that uses the certificate (R7). */
export const LIVE_USE_SQL = `SELECT l.certificate_id, d.id AS document_id, d.doc_no FROM inbound_lines l JOIN documents d ON d.id = l.document_id WHERE d.state <> 'voided'`

interface CertificateRow {
  id: number; cert_no: string; product_id: number; code: string; name: string; spec: string; unit: string; quantity: number | string; batch_no: string
  inspected_on: string; inspector_name: string; remark: string | null; issued_at: string; issued_by_name: string; voided_at: string | null; void_reason: string | null
  used_by_document_id: number | null; used_by_doc_no: string | null; production_notice_id: number | null; notice_no: string | null
}

const SELECT = `SELECT c.id, c.cert_no, c.product_id, p.code, p.name, p.spec, p.unit, c.quantity, c.batch_no, c.inspected_on, c.inspector_name, c.remark,
    c.issued_at, c.issued_by_name, c.voided_at, c.void_reason, u.document_id AS used_by_document_id, u.doc_no AS used_by_doc_no,
    c.production_notice_id, nd.doc_no AS notice_no
  FROM qc_certificates c JOIN products p ON p.id = c.product_id LEFT JOIN (${LIVE_USE_SQL}) u ON u.certificate_id = c.id
  LEFT JOIN documents nd ON nd.id = c.production_notice_id`

const dto = (r: CertificateRow): QcCertificateDto => ({
  id: Number(r.id), certNo: r.cert_no, productId: Number(r.product_id), productCode: r.code, productName: r.name, spec: r.spec, unit: r.unit,
  quantity: Number(r.quantity), batchNo: r.batch_no, inspectedOn: r.inspected_on, inspectorName: r.inspector_name, remark: r.remark,
  issuedAt: r.issued_at, issuedByName: r.issued_by_name, status: r.voided_at ? 'voided' : r.used_by_document_id !== null ? 'used' : 'issued',
  usedByDocumentId: r.used_by_document_id === null ? null : Number(r.used_by_document_id), usedByDocNo: r.used_by_doc_no, voidedAt: r.voided_at, voidReason: r.void_reason,
  productionNoticeId: r.production_notice_id === null ? null : Number(r.production_notice_id), productionNoticeNo: r.notice_no,
})

export async function certificateById(em: EntityManager, id: number): Promise<QcCertificateDto | null> {
  const [row] = await readRows<CertificateRow>(em, `${SELECT} WHERE c.id = :id`, { id })
  return row ? dto(row) : null
}

const lifecycleStateLabel = (state: string) => productionNoticeLifecycle.states[state]?.label ?? state

/** HG + yyyymm + 4 digits (R22's prefix for the QC certificate), numbered without a gap per month. */
async function nextCertNo(em: EntityManager, at: Date): Promise<string> {
  const period = periodOf(at.toISOString())
  await lockKey(em, `qc_certificates.number.${period}`)
  const [row] = await readRows<{ n: number | string }>(em, `SELECT count(*) AS n FROM qc_certificates WHERE cert_no LIKE :prefix`, { prefix: `HG${period}%` })
  const seq = Number(row?.n ?? 0) + 1
  if (seq > 9999) throw new AppError('NUMBER_EXHAUSTED')
  return `HG${period}${String(seq).padStart(4, '0')}`
}

/**
 * R6 → R7: a certificate names a signed notice still in production (已下达 or 部分入库, open) and one of its
 * products; the notice is locked, so its task is decided after each certificate in turn.
 */
async function assertNoticeToCertify(em: EntityManager, noticeId: number, product: ProductRow): Promise<void> {
  await lockRow(em, 'documents', noticeId)
  const notice = await em.getRepository(DocumentEntity).findOneBy({ id: noticeId })
  if (!notice || notice.docType !== 'productionNotice') throw new AppError('DOCUMENT_NOT_FOUND', '所选的生产通知单不存在，请重新选择')
  if (!(IN_PRODUCTION_STATES as readonly string[]).includes(notice.state) || notice.closedAt)
    throw new AppError('CERTIFICATE_NOTICE_NOT_IN_PRODUCTION', `生产通知单 ${notice.docNo} 不在生产中（${lifecycleStateLabel(notice.state)}），不能按它出具合格证`, {
      state: notice.state,
    })
  const onNotice = await em.getRepository(NoticeLineEntity).countBy({ documentId: noticeId, productId: product.id })
  if (!onNotice)
    throw new AppError('CERTIFICATE_NOT_ON_NOTICE', `${product.name}（${product.code}）不在生产通知单 ${notice.docNo} 上，请选择通知单上的产品，或不选通知单`)
}

export async function issueCertificate(em: EntityManager, input: ParsedInputOf<'qcCertificates.issue'>, ctx: ActionContext): Promise<QcCertificateDto> {
  const product = await em.getRepository(ProductEntity).findOneBy({ id: input.productId })
  if (!product) throw new AppError('PRODUCT_NOT_FOUND')
  if (input.productionNoticeId !== undefined) await assertNoticeToCertify(em, input.productionNoticeId, product)
  const certNo = await nextCertNo(em, ctx.at)
  const { identifiers } = await em.getRepository(QcCertificateEntity).insert({
    certNo, productId: product.id, quantity: input.quantity, batchNo: input.batchNo, inspectedOn: input.inspectedOn,
    inspectorName: input.inspectorName ?? ctx.user.name, remark: input.remark ?? null, issuedAt: ctx.at.toISOString(),
    issuedByUserId: ctx.user.id, issuedByName: ctx.user.name, voidedAt: null, voidedByUserId: null, voidReason: null,
    productionNoticeId: input.productionNoticeId ?? null,
  })
  const id = Number(identifiers[0]?.id)
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'qc', action: 'certificate.issue', entityType: 'qcCertificate', entityId: id, docNo: certNo,
    details: { productId: product.id, quantity: input.quantity, batchNo: input.batchNo, productionNoticeId: input.productionNoticeId ?? null },
  })
  if (input.productionNoticeId !== undefined) await syncCertifyTask(em, input.productionNoticeId, ctx, 'certificate.issue')
  return (await certificateById(em, id))!
}

/** R24: voiding follows the chain backwards — a certificate an inbound slip (draft or posted) carries stays. */
export async function voidCertificate(em: EntityManager, input: ParsedInputOf<'qcCertificates.void'>, ctx: ActionContext): Promise<QcCertificateDto> {
  // Its notice first (the order inbound.create takes them in: notice, then certificates), so qc's task on
  // the notice is decided after any certificate issued for it at the same time.
  const noticeId = (await em.getRepository(QcCertificateEntity).findOneBy({ id: input.id }))?.productionNoticeId
  if (noticeId) await lockRow(em, 'documents', noticeId)
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
  // The notice it was issued for may be short of certificates again: qc's task on it reopens.
  if (cert.productionNoticeId !== null) await syncCertifyTask(em, cert.productionNoticeId, ctx, 'certificate.void')
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
  if (input.productionNoticeId !== undefined) {
    where.push('c.production_notice_id = :noticeId')
    params.noticeId = input.productionNoticeId
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
