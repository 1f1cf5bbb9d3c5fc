import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../../shared/api'
import { stateSpec } from '../../../../../shared/doc-types'
import type { SignBackDto } from '../../../../../shared/doc-types/outbound-slip/sign-back-body'
import { AppError } from '../../../../../shared/errors'
import { formatYuan } from '../../../../../shared/money'
import { appendAuditEvent } from '../../../audit/append-audit-event'
import { CustomerEntity, type DocumentRow } from '../../../db/entities'
import { findRowByOrFail } from '../../../db/find-rows'
import { insertRow } from '../../../db/write-rows'
import { shanghaiToday } from '../../../policy/shanghai-day'
import type { Handler, SignedInContext } from '../../../router/call-context'
import { loadDocumentToDecide } from '../../../workflow/apply-action'
import { closeOpenTasks, openFollowUpTask } from '../../../workflow/tasks'
import { ContractEntity } from '../../contract/contract-entities'
import { OutboundSlipEntity, type OutboundSlipRow } from '../outbound-slip-entities'
import { paperTracking } from './paper-tracking'
import { receivableDueOn, termsDueOn } from './receivable-due'
import { bookedIntoBalance } from './receivable-balance'
import { ReceivableEntity, SignedCopyEntity } from './sign-back-entities'
import { BOOK_RECEIVABLE } from './sign-back-tasks'
import { signBackOf, signBacksOfContract } from './sign-back-view'

/** The slip, locked (of two finance clerks at once, the second finds the record made): posted and not voided. */
async function postedSlip(em: EntityManager, slipId: number): Promise<{ doc: DocumentRow; slip: OutboundSlipRow }> {
  const doc = await loadDocumentToDecide(em, slipId)
  if (doc.docType !== 'outboundSlip') throw new AppError('DOCUMENT_NOT_FOUND')
  if (doc.state !== 'approved') {
    throw new AppError('SIGNED_COPY_SLIP_NOT_POSTED', `出库单 ${doc.docNo} 为「${stateSpec('outboundSlip', doc.state).label}」，只能为已出库（未作废）的出库单登记签收和入帐`)
  }
  return { doc, slip: await findRowByOrFail(em, OutboundSlipEntity, { documentId: doc.id }) }
}

const view = (em: EntityManager, slip: OutboundSlipRow, ctx: SignedInContext): Promise<SignBackDto> => signBackOf(em, slip, shanghaiToday(ctx.at))

/** R11: the customer's signed copy came back: who signed, when, when it came back, any discrepancy. */
async function recordCopy(em: EntityManager, input: ParsedInputOf<'signBacks.recordCopy'>, ctx: SignedInContext): Promise<SignBackDto> {
  const { doc, slip } = await postedSlip(em, input.slipId)
  const existing = await em.getRepository(SignedCopyEntity).findOneBy({ slipDocumentId: doc.id })
  if (existing) {
    throw new AppError('SIGNED_COPY_EXISTS', `出库单 ${doc.docNo} 的客户签收联已由 ${existing.recordedByName} 登记（${existing.signedBy} ${existing.signedOn} 签收），每张出库单只登记一次`)
  }
  const today = shanghaiToday(ctx.at)
  if (input.signedOn < slip.postedOn || input.returnedOn < input.signedOn || input.returnedOn > today) {
    throw new AppError(
      'SIGNED_COPY_DATES',
      `日期不合理：出库 ${slip.postedOn}，签收 ${input.signedOn}，交回 ${input.returnedOn}，今天 ${today}。签收不能早于出库，交回不能早于签收，也不能晚于今天`,
      { postedOn: slip.postedOn, signedOn: input.signedOn, returnedOn: input.returnedOn, today },
    )
  }
  await insertRow(em, SignedCopyEntity, {
    slipDocumentId: doc.id, customerId: slip.customerId, signedBy: input.signedBy, signedOn: input.signedOn, returnedOn: input.returnedOn,
    discrepancy: input.discrepancy ?? null, recordedByUserId: ctx.user.id, recordedByName: ctx.user.name, recordedAt: ctx.at.toISOString(),
  })
  await closeOpenTasks(em, doc.id, ctx.user.id, 'signBacks.recordCopy', ctx.at, 'finance')
  // A slip filed by R19's closing keeps no tasks; its receivable is still booked from its page.
  if (doc.closedAt === null) await openFollowUpTask(em, doc, BOOK_RECEIVABLE, ctx.at)
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'finance', action: 'signBack.recordCopy', entityType: 'document', entityId: doc.id, docNo: doc.docNo,
    details: { signedBy: input.signedBy, signedOn: input.signedOn, returnedOn: input.returnedOn, discrepancy: input.discrepancy ?? null },
  })
  return view(em, slip, ctx)
}

/** R11: the receivable for the slip's amount, only after its signed copy; due per the customer's credit days or the contract's terms. */
async function bookReceivable(em: EntityManager, slipId: number, ctx: SignedInContext): Promise<SignBackDto> {
  const { doc, slip } = await postedSlip(em, slipId)
  const booked = await em.getRepository(ReceivableEntity).findOneBy({ slipDocumentId: doc.id })
  if (booked) {
    throw new AppError('RECEIVABLE_EXISTS', `出库单 ${doc.docNo} 的应收款已于 ${booked.bookedOn} 由 ${booked.bookedByName} 入帐（¥${formatYuan(booked.amountFen)}，到期 ${booked.dueOn}），每张出库单只入帐一次`)
  }
  const copy = await em.getRepository(SignedCopyEntity).findOneBy({ slipDocumentId: doc.id })
  if (!copy) {
    throw new AppError(
      'SIGNED_COPY_MISSING',
      `出库单 ${doc.docNo} 的客户签收联尚未交回登记，不能入帐：请先在出库单上「登记签收」（签收人、签收日期、交回日期），再入帐（R11）`,
      { slipNo: doc.docNo },
    )
  }
  const customer = await findRowByOrFail(em, CustomerEntity, { id: slip.customerId })
  const contract = await findRowByOrFail(em, ContractEntity, { documentId: slip.contractId })
  const before = await em.getRepository(ReceivableEntity).sum('amountFen', { contractId: slip.contractId })
  const amountFen = doc.amountFen ?? 0
  const dueOn = receivableDueOn(copy.signedOn, customer.creditDays, termsDueOn(contract, Number(before ?? 0), amountFen))
  const bookedOn = shanghaiToday(ctx.at)
  await insertRow(em, ReceivableEntity, {
    slipDocumentId: doc.id, contractId: slip.contractId, customerId: slip.customerId, amountFen, bookedOn, dueOn,
    bookedByUserId: ctx.user.id, bookedByName: ctx.user.name, bookedAt: ctx.at.toISOString(),
  })
  // R9: the contract's running receivable balance moves with the row (receivable-balance.ts).
  await bookedIntoBalance(em, { contractId: slip.contractId, customerId: slip.customerId, amountFen })
  await closeOpenTasks(em, doc.id, ctx.user.id, 'signBacks.bookReceivable', ctx.at, 'finance')
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'finance', action: 'signBack.bookReceivable', entityType: 'document', entityId: doc.id, docNo: doc.docNo,
    details: { amountFen, bookedOn, dueOn, creditDays: customer.creditDays },
  })
  return view(em, slip, ctx)
}

const record: Handler<'signBacks.recordCopy'> = (input, ctx) => ctx.db.transaction((em) => recordCopy(em, input, ctx))
const book: Handler<'signBacks.bookReceivable'> = ({ slipId }, ctx) => ctx.db.transaction((em) => bookReceivable(em, slipId, ctx))
const tracking: Handler<'signBacks.paperTracking'> = ({ page, pageSize }, ctx) => ctx.db.read((em) => paperTracking(em, shanghaiToday(ctx.at), page, pageSize))
const ofContract: Handler<'signBacks.ofContract'> = ({ contractId }, ctx) => ctx.db.read((em) => signBacksOfContract(em, contractId, shanghaiToday(ctx.at)))

export const signBackHandlers = {
  'signBacks.recordCopy': record,
  'signBacks.bookReceivable': book,
  'signBacks.paperTracking': tracking,
  'signBacks.ofContract': ofContract,
}
