import { z } from 'zod'
import { id, optionalText } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'

/** A vehicle plate as the guard reads it (粤B·12345, 沪A D1234 …): letters, digits, the dot and a space; kept upper case. */
const plate = z
  .string({ error: '请输入车牌号' })
  .trim()
  .min(5, '请输入完整的车牌号')
  .max(16, '车牌号最多 16 个字')
  .regex(/^[\p{Script=Han}A-Za-z0-9·. -]+$/u, '车牌号只能包含汉字、字母、数字')
  .transform((v) => v.toUpperCase())

export const gatePassInput = z
  .object({
    /** The posted outbound slip the goods leave on (R10 → the gate). */
    outboundSlipId: id,
    vehiclePlate: plate,
    driverName: z.string({ error: '请输入司机姓名' }).trim().min(1, '请输入司机姓名').max(32, '司机姓名最多 32 个字'),
    driverPhone: optionalText('司机电话', 32),
    /** 出门时间: an ISO instant; the core takes now when it is left out. */
    leftAt: z.iso.datetime({ offset: true, error: '出门时间格式不对' }).optional(),
    remark: optionalText('备注', 200),
  })
  .strict()

export const gatePassApi = {
  /**
   * The guard registers the vehicle that takes a posted outbound slip's goods out of the gate: one pass per
   * slip (GATE_PASS_EXISTS), only for a posted, not voided slip (GATE_PASS_SLIP_NOT_POSTED). Recorded
   * (已放行) at once unless the time out is more than a day back (gate-pass-chain.ts).
   */
  'gatePasses.register': method<DocumentView>()(gatePassInput, ['guard'], 'write'),
} as const
