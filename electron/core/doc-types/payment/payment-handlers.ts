import type { AllocatableContractDto } from '../../../../shared/doc-types/payment/payment-body'
import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import { fenFromDatabase } from '../../../../shared/money'
import { readRows } from '../../db/driver-query'
import type { Handler } from '../../router/call-context'
import { loadDocument } from '../../workflow/apply-action'
import { documentView } from '../../workflow/document-view'
import { collectedFenSql } from './contract-money'
import { allocate as allocatePayment, deallocate as deallocatePayment } from './payment-allocations'
import { paymentKind } from './payment-kind'
import { recordPayment, reversePayment } from './record-payment'

const record: Handler<'payments.record'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, paymentKind, await recordPayment(em, input, ctx), ctx))

const allocate: Handler<'payments.allocate'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await allocatePayment(em, input.paymentId, input.allocations, ctx)
    return documentView(em, paymentKind, await loadDocument(em, doc.id), ctx)
  })

const deallocate: Handler<'payments.deallocate'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await deallocatePayment(em, input, ctx)
    return documentView(em, paymentKind, await loadDocument(em, doc.id), ctx)
  })

const reverse: Handler<'payments.reverse'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, paymentKind, await reversePayment(em, input, ctx), ctx))

interface ContractRaw { id: number; doc_no: string; signed_on: string; amount_fen: number | string; collected: number | string; prepayment_fen: number | string }

/** The customer's signed contracts that still lack money, oldest first (idx_contracts_customer). */
const allocatableContracts: Handler<'payments.allocatableContracts'> = ({ customerId }, { db }) =>
  db.read(async (em) => {
    const rows = await readRows<ContractRaw>(
      em,
      `SELECT c.document_id AS id, d.doc_no, c.signed_on, c.amount_fen, c.prepayment_fen, ${collectedFenSql('c')} AS collected
       FROM contracts c JOIN documents d ON d.id = c.document_id
       WHERE c.customer_id = :customerId AND d.state IN (:...signed) ORDER BY c.signed_on, d.doc_no`,
      { customerId, signed: [...SIGNED_CONTRACT_STATES] },
    )
    return rows
      .map((r): AllocatableContractDto => {
        const amountFen = fenFromDatabase(r.amount_fen) ?? 0
        const collectedFen = fenFromDatabase(r.collected) ?? 0
        return {
          contractId: Number(r.id), contractNo: r.doc_no, signedOn: r.signed_on, amountFen, collectedFen, lackingFen: amountFen - collectedFen,
          prepaymentFen: fenFromDatabase(r.prepayment_fen) ?? 0,
        }
      })
      .filter((c) => c.lackingFen > 0)
  })

export const paymentHandlers = {
  'payments.record': record,
  'payments.allocate': allocate,
  'payments.deallocate': deallocate,
  'payments.reverse': reverse,
  'payments.allocatableContracts': allocatableContracts,
}
