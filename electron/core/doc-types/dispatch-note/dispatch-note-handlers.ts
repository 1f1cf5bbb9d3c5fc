import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { CustomerEntity } from '../../db/entities'
import { parseContacts } from '../../customers/customer-dto'
import { shanghaiToday } from '../../policy/shanghai-day'
import type { Handler } from '../../router/call-context'
import { loadDocument } from '../../workflow/apply-action'
import { createDocument, updateDraftHeader } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { documentView } from '../../workflow/document-view'
import { insertRow } from '../../db/write-rows'
import { assertWithinContract, dispatchableLines, signedContractForDispatch } from './dispatch-remaining'
import { DispatchLineEntity, DispatchNoteEntity } from './dispatch-note-entities'
import { dispatchNoteKind, dispatchNoteOf } from './dispatch-note-kind'
import { readyToDispatch } from './dispatch-ready'
import { assertWithinStock, stockOfLines } from './dispatch-stock'
import { assertValidUntilNotPast, defaultValidUntil } from './dispatch-validity'

/**
 * R8: the clerk fills a note from a signed contract (a madeFrom link); each line a contract line within
 * what the contract still lacks after the other live notes and within stock available, priced at the
 * contract's unit price. Saving keeps it a draft; submit checks it all again with the credit check (R9).
 */
async function saveNote(em: EntityManager, input: ParsedInputOf<'dispatchNotes.save'>, ctx: ActionContext) {
  const existing = input.id === undefined ? null : await loadDocument(em, input.id)
  if (existing && existing.docType !== 'dispatchNote') throw new AppError('DOCUMENT_NOT_FOUND')
  if (existing && (await dispatchNoteOf(em, existing)).contractId !== input.contractId) throw new AppError('DISPATCH_LINE_UNKNOWN', '发货单的合同不能更改，请另行开具')
  const today = shanghaiToday(ctx.at)
  const { doc: contractDoc, contract } = await signedContractForDispatch(em, input.contractId)
  assertValidUntilNotPast(input.validUntil, today)
  const remaining = await dispatchableLines(em, input.contractId, today, existing?.id ?? 0)
  assertWithinContract(remaining, input.lines, contractDoc.docNo)
  const lines = input.lines.map((l, i) => {
    const r = remaining.find((x) => x.contractLineNo === l.contractLineNo)!
    return {
      lineNo: i + 1, contractLineNo: l.contractLineNo, productId: r.productId, productCode: r.productCode, productName: r.productName, spec: r.spec, unit: r.unit,
      quantity: l.quantity, postedQuantity: 0, unitPriceFen: r.unitPriceFen, amountFen: l.quantity * r.unitPriceFen,
    }
  })
  await assertWithinStock(em, lines, today, existing?.id ?? 0, stockOfLines(remaining))
  const amountFen = lines.reduce((sum, l) => sum + l.amountFen, 0)
  const header = { title: `发货 ${contractDoc.customerName ?? ''}`.trim(), customerName: contractDoc.customerName, amountFen }
  const body = {
    deliveryAddress: input.deliveryAddress, contactName: input.contactName, contactPhone: input.contactPhone, carrier: input.carrier,
    validUntil: input.validUntil, remark: input.remark ?? null,
  }

  let doc
  if (!existing) {
    doc = await createDocument(em, { docType: 'dispatchNote', ...header, from: [{ id: contractDoc.id, kind: 'madeFrom' }] }, ctx)
    await insertRow(em, DispatchNoteEntity, { documentId: doc.id, contractId: contractDoc.id, customerId: contract.customerId, ...body })
  } else {
    doc = await updateDraftHeader(em, existing, input.version!, header, ctx)
    await em.getRepository(DispatchLineEntity).delete({ documentId: doc.id })
    await em.getRepository(DispatchNoteEntity).update({ documentId: doc.id }, body)
  }
  for (const l of lines) await insertRow(em, DispatchLineEntity, { documentId: doc.id, ...l })
  return doc
}

const save: Handler<'dispatchNotes.save'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await saveNote(em, input, ctx)
    return documentView(em, dispatchNoteKind, await loadDocument(em, doc.id), ctx)
  })

const prepare: Handler<'dispatchNotes.prepare'> = ({ contractId, excludeNoteId }, ctx) =>
  ctx.db.transaction(async (em) => {
    const { doc, contract } = await signedContractForDispatch(em, contractId)
    const customer = await em.getRepository(CustomerEntity).findOneByOrFail({ id: contract.customerId })
    const contact = parseContacts(customer.contacts)[0]
    const today = shanghaiToday(ctx.at)
    const lines = await dispatchableLines(em, contractId, today, excludeNoteId ?? 0)
    return {
      contractId: doc.id, contractNo: doc.docNo, customerId: customer.id, customerName: customer.name,
      deliveryAddress: customer.address, contactName: contact?.name ?? '', contactPhone: contact?.phone ?? '',
      validUntil: await defaultValidUntil(em, today),
      lines: lines.map(({ unitPriceFen: _price, ...l }) => l),
    }
  })

const readyContracts: Handler<'dispatchNotes.readyContracts'> = (_input, ctx) => ctx.db.read((em) => readyToDispatch(em, shanghaiToday(ctx.at)))

export const dispatchNoteHandlers = {
  'dispatchNotes.save': save,
  'dispatchNotes.prepare': prepare,
  'dispatchNotes.readyContracts': readyContracts,
}
