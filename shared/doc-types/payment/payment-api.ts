import { z } from 'zod'
import { day, fen, id, optionalText, shortText } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { AllocatableContractDto } from './payment-body'

const positiveFen = fen.positive('金额须大于 0')

export const paymentMethodInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('transfer'), bank: shortText('汇款银行', 60), reference: shortText('银行流水号', 40) }).strict(),
  z
    .object({
      kind: z.literal('bill'),
      billNo: shortText('汇票号码', 40),
      issuingBank: shortText('承兑/出票银行', 60),
      issuedOn: day,
      dueOn: day,
      billKind: z.enum(['bank', 'commercial']),
      endorsable: z.boolean(),
    })
    .strict()
    .refine((b) => b.issuedOn <= b.dueOn, { message: '到期日不能早于出票日', path: ['dueOn'] }),
  z.object({ kind: z.literal('cash') }).strict(),
])

export const allocationsInput = z
  .array(z.object({ contractId: id, amountFen: positiveFen }).strict())
  .max(50, '一次最多分配到 50 份合同')
  .refine((a) => new Set(a.map((x) => x.contractId)).size === a.length, '同一合同请合并为一行')

export const paymentInput = z
  .object({
    customerId: id,
    receivedOn: day,
    amountFen: positiveFen,
    method: paymentMethodInput,
    remark: optionalText('备注', 200),
    slipRef: optionalText('银行回单号', 40),
    /** Allocated at once; the rest stays the customer's advance (预收). */
    allocations: allocationsInput.default([]),
  })
  .strict()

const FINANCE = ['finance'] as const

export const paymentApi = {
  /** R14: finance records money received, and may allocate it to the customer's contracts at once. */
  'payments.record': method<DocumentView>()(paymentInput, FINANCE, 'write'),
  /** R14: allocate (more of) a payment's advance to contracts; each allocation is its own event. */
  'payments.allocate': method<DocumentView>()(z.object({ paymentId: id, allocations: allocationsInput.min(1, '请至少分配一行') }).strict(), FINANCE, 'write'),
  /** R14: take an allocation back (recorded as a negative allocation, nothing edited in place). */
  'payments.deallocate': method<DocumentView>()(
    z.object({ paymentId: id, contractId: id, amountFen: positiveFen, reason: shortText('撤回原因', 100) }).strict(),
    FINANCE,
    'write',
  ),
  /** R14, R24: a mistaken payment is reversed by a red entry that references it; refused while allocated. */
  'payments.reverse': method<DocumentView>()(z.object({ paymentId: id, reason: shortText('红冲原因', 100) }).strict(), FINANCE, 'write'),
  /** The customer's signed contracts with what each still lacks, for the allocation form. */
  'payments.allocatableContracts': method<AllocatableContractDto[]>()(z.object({ customerId: id }).strict(), FINANCE, 'read'),
} as const
