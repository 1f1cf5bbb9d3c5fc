import { z } from 'zod'
import { day, id, optionalText, shortText, version } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { PendingInstallationDto, WorkOrderPrepareDto } from './work-order-body'

export const workOrderInput = z
  .object({
    /** Absent for a new work order; with its version to edit a draft, rejected or withdrawn one. */
    id: id.optional(),
    version: version.optional(),
    contractId: id,
    siteAddress: shortText('安装地址', 200),
    contactName: shortText('现场联系人', 32),
    contactPhone: shortText('联系电话', 40),
    installers: z
      .array(z.object({ name: shortText('安装人员姓名', 32), phone: shortText('安装人员电话', 40) }).strict())
      .min(1, '至少要有一名安装人员')
      .max(20, '最多 20 名安装人员'),
    plannedStart: day,
    plannedEnd: day,
    remark: optionalText('备注', 500),
    lines: z
      .array(
        z
          .object({
            contractLineNo: z.number().int().positive(),
            quantity: z.number({ error: '请输入数量' }).int('数量须为整数').positive('数量须大于 0').max(1_000_000, '数量过大'),
          })
          .strict(),
      )
      .min(1, '至少要有一行产品')
      .max(200, '最多 200 行')
      .refine((l) => new Set(l.map((x) => x.contractLineNo)).size === l.length, '同一合同行只能出现一次'),
  })
  .strict()
  .refine((a) => (a.id === undefined) === (a.version === undefined), { message: '修改派工单须带版本号', path: ['version'] })
  .refine((a) => a.plannedEnd >= a.plannedStart, { message: '计划完工日期不能早于计划开工日期', path: ['plannedEnd'] })

export const workOrderResultInput = z
  .object({ id, version, completedOn: day, notes: shortText('安装情况', 500) })
  .strict()

const SALES_DESK = ['sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager'] as const

export const workOrderApi = {
  /** R12: the sales clerk issues a work order from a contract needing installation, after goods left; a draft until submitted. */
  'workOrders.save': method<DocumentView>()(workOrderInput, ['sales_clerk'], 'write'),
  /** The form's start: installable lines (shipped less other live work orders), the site, the first payment. */
  'workOrders.prepare': method<WorkOrderPrepareDto>()(z.object({ contractId: id, excludeOrderId: id.optional() }).strict(), SALES_DESK, 'read'),
  /** The clerk's list: contracts with goods shipped and installation pending, and which the first payment holds (R12). */
  'workOrders.pendingInstallation': method<PendingInstallationDto[]>()(z.object({}).strict(), SALES_DESK, 'read'),
  /** Service records the installers' result on an approved work order (已完工): what opens the acceptance (R13). */
  'workOrders.recordResult': method<DocumentView>()(workOrderResultInput, ['service'], 'write'),
} as const
