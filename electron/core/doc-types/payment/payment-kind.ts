import type { EntityManager } from 'typeorm'
import type { AllocationDto, PaymentBody, PaymentMethodDto } from '../../../../shared/doc-types/payment/payment-body'
import { paymentLifecycle } from '../../../../shared/doc-types/payment/payment-type'
import { fenFromDatabase } from '../../../../shared/money'
import { readRows } from '../../db/driver-query'
import { findRowBy, findRowByOrFail } from '../../db/find-rows'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { AMOUNT_FACT, type DocumentKind } from '../../workflow/document-kind'
import { PaymentEntity, type PaymentRow } from './payment-entities'
import { syncAllocateTask } from './payment-task'

export const paymentOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, PaymentEntity, { documentId: doc.id })

export function methodDto(p: PaymentRow): PaymentMethodDto {
  if (p.method === 'transfer') return { kind: 'transfer', bank: p.bank ?? '', reference: p.reference ?? '' }
  if (p.method === 'bill')
    return {
      kind: 'bill', billNo: p.billNo ?? '', issuingBank: p.issuingBank ?? '', issuedOn: p.billIssuedOn ?? '', dueOn: p.billDueOn ?? '',
      billKind: p.billKind === 'commercial' ? 'commercial' : 'bank', endorsable: p.billEndorsable === 1,
    }
  return { kind: 'cash' }
}

interface AllocationRaw { id: number; contract_id: number; doc_no: string; amount_fen: number | string; created_at: string; by_name: string }

async function allocationsOf(em: EntityManager, paymentId: number): Promise<AllocationDto[]> {
  const rows = await readRows<AllocationRaw>(
    em,
    `SELECT pa.id, pa.contract_id, d.doc_no, pa.direction * pa.amount_fen AS amount_fen, pa.created_at, pa.by_name
     FROM payment_allocations pa JOIN documents d ON d.id = pa.contract_id WHERE pa.payment_id = :paymentId ORDER BY pa.id`,
    { paymentId },
  )
  return rows.map((r) => ({
    id: Number(r.id), contractId: Number(r.contract_id), contractNo: r.doc_no, amountFen: fenFromDatabase(r.amount_fen) ?? 0, at: r.created_at, byName: r.by_name,
  }))
}

function netByContract(allocations: AllocationDto[]): PaymentBody['allocatedByContract'] {
  const byContract = new Map<number, { contractId: number; contractNo: string; amountFen: number }>()
  for (const a of allocations) {
    const entry = byContract.get(a.contractId) ?? { contractId: a.contractId, contractNo: a.contractNo, amountFen: 0 }
    entry.amountFen += a.amountFen
    byContract.set(a.contractId, entry)
  }
  return [...byContract.values()].filter((e) => e.amountFen !== 0)
}

async function docRef(em: EntityManager, id: number | null | undefined) {
  if (!id) return null
  const doc = await findRowBy(em, DocumentEntity, { id })
  return doc ? { id: doc.id, docNo: doc.docNo } : null
}

/** R14: a payment's chain reads whether it is a commercial acceptance bill (the default chain's one review). */
export const paymentKind: DocumentKind = {
  docType: 'payment',
  lifecycle: paymentLifecycle,
  factSpecs: { ...AMOUNT_FACT, commercialBill: { kind: 'flag', label: '商业承兑汇票' } },
  async facts(em, doc) {
    const p = await paymentOf(em, doc)
    return { amountFen: p.amountFen, commercialBill: p.reversesPaymentId === null && p.method === 'bill' && p.billKind === 'commercial' }
  },
  // Recorded: its advance waits in finance's queue until allocated.
  onApproved: async (em, doc, ctx) => syncAllocateTask(em, doc, await paymentOf(em, doc), ctx),
  async body(em, doc) {
    const p = await paymentOf(em, doc)
    const allocations = await allocationsOf(em, doc.id)
    const reversal = await findRowBy(em, PaymentEntity, { reversesPaymentId: doc.id })
    return {
      kind: 'payment',
      customerId: p.customerId,
      receivedOn: p.receivedOn,
      amountFen: p.amountFen,
      method: methodDto(p),
      remark: p.remark,
      slipRef: p.slipRef,
      allocations,
      allocatedByContract: netByContract(allocations),
      allocatedFen: p.allocatedFen,
      unallocatedFen: p.reversesPaymentId === null && doc.state === 'approved' ? p.amountFen - p.allocatedFen : 0,
      reverses: await docRef(em, p.reversesPaymentId),
      reversedBy: await docRef(em, reversal?.documentId),
    }
  },
}
