import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { CustomerEntity } from '../../db/entities'
import { readRows } from '../../db/driver-query'
import { findRowByOrFail } from '../../db/find-rows'
import { parseContacts } from '../../customers/customer-dto'
import { shanghaiToday } from '../../policy/shanghai-day'
import type { Handler } from '../../router/call-context'
import { loadDocument, loadDocumentToDecide } from '../../workflow/apply-action'
import { advanceDocument } from '../../workflow/advance'
import { createDocument, updateDraftHeader } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { documentView } from '../../workflow/document-view'
import { assertFirstPaymentReceived, assertWithinShipped, firstPaymentOf, installableContract, installableLines, postedSlipIds } from './work-order-contract'
import { linkPostedSlips } from './work-order-slips'
import { WorkOrderEntity, WorkOrderLineEntity } from './work-order-entities'
import { workOrderKind, workOrderOf } from './work-order-kind'
import { pendingInstallation } from './work-order-pending'

/**
 * R12: the clerk issues a work order from a contract needing installation once goods have left (a
 * madeFrom link), each line within what was shipped less the other live work orders, and only once the
 * first payment has arrived (refused at save already: the clerk learns it before filling the rest in).
 */
async function saveOrder(em: EntityManager, input: ParsedInputOf<'workOrders.save'>, ctx: ActionContext) {
  const existing = input.id === undefined ? null : await loadDocument(em, input.id)
  if (existing && existing.docType !== 'workOrder') throw new AppError('DOCUMENT_NOT_FOUND')
  if (existing && (await workOrderOf(em, existing)).contractId !== input.contractId) throw new AppError('WORK_ORDER_LINE_UNKNOWN', '派工单的合同不能更改，请另行开具')
  const { doc: contractDoc, contract } = await installableContract(em, input.contractId)
  await assertFirstPaymentReceived(em, contract, contractDoc.docNo)
  const installable = await installableLines(em, input.contractId, existing?.id ?? 0)
  assertWithinShipped(installable, input.lines, contractDoc.docNo)
  const lines = input.lines.map((l, i) => {
    const r = installable.find((x) => x.contractLineNo === l.contractLineNo)!
    return { lineNo: i + 1, contractLineNo: l.contractLineNo, productId: r.productId, productCode: r.productCode, productName: r.productName, spec: r.spec, unit: r.unit, quantity: l.quantity }
  })
  // No money on a work order: the header carries none (the queue shows no amount for it).
  const header = { title: `安装 ${contractDoc.customerName ?? ''}`.trim(), customerName: contractDoc.customerName, amountFen: null }
  const body = {
    siteAddress: input.siteAddress, contactName: input.contactName, contactPhone: input.contactPhone, installers: JSON.stringify(input.installers),
    plannedStart: input.plannedStart, plannedEnd: input.plannedEnd, remark: input.remark ?? null,
  }
  let doc
  if (!existing) {
    const slips = (await postedSlipIds(em, contractDoc.id)).map((id) => ({ id, kind: 'madeFrom' as const }))
    doc = await createDocument(em, { docType: 'workOrder', ...header, from: [{ id: contractDoc.id, kind: 'madeFrom' }, ...slips] }, ctx)
    await em.getRepository(WorkOrderEntity).insert({ documentId: doc.id, contractId: contractDoc.id, customerId: contract.customerId, ...body })
  } else {
    doc = await updateDraftHeader(em, existing, input.version!, header, ctx)
    await em.getRepository(WorkOrderLineEntity).delete({ documentId: doc.id })
    await em.getRepository(WorkOrderEntity).update({ documentId: doc.id }, body)
    // R24: the saved quantities may count on slips posted since it was made (work-order-slips.ts).
    await linkPostedSlips(em, doc.id, contractDoc.id, ctx.at)
  }
  await em.getRepository(WorkOrderLineEntity).insert(lines.map((l) => ({ documentId: doc.id, ...l })))
  return doc
}

const save: Handler<'workOrders.save'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await saveOrder(em, input, ctx)
    return documentView(em, workOrderKind, await loadDocument(em, doc.id), ctx)
  })

/** The site: the contract's last live dispatch note's address and contact, else the customer's. */
const prepare: Handler<'workOrders.prepare'> = ({ contractId, excludeOrderId }, ctx) =>
  ctx.db.transaction(async (em) => {
    const { doc, contract } = await installableContract(em, contractId)
    const [note] = await readRows<{ delivery_address: string; contact_name: string; contact_phone: string }>(
      em,
      `SELECT n.delivery_address, n.contact_name, n.contact_phone FROM dispatch_notes n JOIN documents d ON d.id = n.document_id
       WHERE n.contract_id = :contractId AND d.state <> 'voided' ORDER BY n.document_id DESC LIMIT 1`,
      { contractId },
    )
    const customer = await findRowByOrFail(em, CustomerEntity, { id: contract.customerId })
    const contact = parseContacts(customer.contacts)[0]
    return {
      contractId: doc.id, contractNo: doc.docNo, customerName: customer.name,
      siteAddress: note?.delivery_address ?? customer.address, contactName: note?.contact_name ?? contact?.name ?? '', contactPhone: note?.contact_phone ?? contact?.phone ?? '',
      lines: await installableLines(em, contractId, excludeOrderId ?? 0),
      firstPayment: await firstPaymentOf(em, contract),
    }
  })

const pending: Handler<'workOrders.pendingInstallation'> = (_input, ctx) => ctx.db.read((em) => pendingInstallation(em))

/** Service records the installers' result on an approved work order: 已完工, service's task closes (R12 → R13). */
const recordResult: Handler<'workOrders.recordResult'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await loadDocumentToDecide(em, input.id)
    if (doc.docType !== 'workOrder') throw new AppError('DOCUMENT_NOT_FOUND')
    if (doc.state !== 'approved' || doc.closedAt) throw new AppError('WORK_ORDER_NOT_APPROVED', `派工单 ${doc.docNo} 不是已批准状态，不能记录安装结果`)
    const today = shanghaiToday(ctx.at)
    if (input.completedOn > today) throw new AppError('WORK_ORDER_COMPLETED_IN_FUTURE', `完工日期 ${input.completedOn} 晚于今天 ${today}，请核对`)
    const moved = await advanceDocument(em, { ...doc, version: input.version }, 'installed', ctx, 'recordResult')
    await em.getRepository(WorkOrderEntity).update(
      { documentId: doc.id },
      { completedOn: input.completedOn, resultNotes: input.notes, resultByUserId: ctx.user.id, resultByName: ctx.user.name },
    )
    return documentView(em, workOrderKind, moved, ctx)
  })

export const workOrderHandlers = {
  'workOrders.save': save,
  'workOrders.prepare': prepare,
  'workOrders.pendingInstallation': pending,
  'workOrders.recordResult': recordResult,
}
