import { z } from 'zod'
import { day, id, optionalText, page, pageSize, shortText } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { Paged } from '../../api/common'
import type { QcCertificateDto } from './qc-certificate'

const quantity = z.number({ error: '请输入数量' }).int('数量须为整数').positive('数量须大于 0').max(1_000_000, '数量过大')

/** Who may read the certificate register: those who make, inspect, store and plan the goods. */
export const CERTIFICATE_READERS = ['qc', 'production', 'warehouse', 'planner'] as const

export const inboundInput = z
  .object({
    /** R6 → R7: the production notice it is filled against, if any (then ≤ what the notice still lacks). */
    sourceNoticeId: id.optional(),
    receivedOn: day,
    remark: optionalText('备注', 500),
    lines: z
      .array(
        z
          .object({
            productId: id,
            quantity,
            /** R7: every line enters stock with a certificate; refused with CERTIFICATE_MISSING without one. */
            certificateId: id.optional(),
          })
          .strict(),
      )
      .min(1, '至少要有一行产品')
      .max(200, '最多 200 行'),
  })
  .strict()

export const inboundApi = {
  /** R7: production fills an inbound slip (a draft, then submitted to the warehouse, whose signature posts it). */
  'inbound.create': method<DocumentView>()(inboundInput, ['production'], 'write'),
  /** R7: qc issues a certificate for a quantity of one product that passed inspection. */
  'qcCertificates.issue': method<QcCertificateDto>()(
    z
      .object({
        productId: id,
        quantity,
        batchNo: shortText('批号', 40),
        inspectedOn: day,
        /** The inspector's name as signed on the certificate; the issuing qc user when left out. */
        inspectorName: optionalText('检验员', 32),
        remark: optionalText('备注', 200),
        /** R6 → R7: the signed notice it is issued for (its product on the notice); closes qc's 出具合格证 once covered. */
        productionNoticeId: id.optional(),
      })
      .strict(),
    ['qc'],
    'write',
  ),
  /** R24: a certificate used by a live inbound slip cannot be voided. */
  'qcCertificates.void': method<QcCertificateDto>()(z.object({ id, reason: shortText('作废原因', 200) }).strict(), ['qc'], 'write'),
  'qcCertificates.list': method<Paged<QcCertificateDto>>()(
    z
      .object({
        status: z.enum(['issued', 'used', 'voided', 'all']).default('all'), productId: id.optional(), search: z.string().trim().max(40).optional(),
        /** R6 → R7: only the certificates issued for this production notice. */
        productionNoticeId: id.optional(),
        page, pageSize,
      })
      .strict(),
    CERTIFICATE_READERS,
    'read',
  ),
} as const
