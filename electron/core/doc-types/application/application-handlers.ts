import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { formatShanghai } from '../../../../shared/dates'
import { CustomerEntity } from '../../db/entities'
import { ApplicationEntity, ApplicationLineEntity } from './application-entities'
import { priceListInForce } from '../../policy/price-list-in-force'
import type { Handler } from '../../router/call-context'
import { loadDocument } from '../../workflow/apply-action'
import { createDocument, updateDraftHeader } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { documentView } from '../../workflow/document-view'
import { applicationKind } from './application-kind'
import { priceLines, totalOf } from './application-lines'
import { paymentTerms } from './payment-terms'

/** R3: the sales clerk fills the application from the policy in force today; saving keeps it a draft. */
async function saveApplication(em: EntityManager, input: ParsedInputOf<'applications.save'>, ctx: ActionContext) {
  const today = formatShanghai(ctx.at.toISOString(), false)
  const policy = await priceListInForce(em, today)
  if (!policy) throw new AppError('POLICY_NOT_IN_FORCE')
  const customer = await em.getRepository(CustomerEntity).findOneBy({ id: input.customerId })
  if (!customer) throw new AppError('CUSTOMER_NOT_FOUND')
  const lines = priceLines(input.lines, policy)
  const amountFen = totalOf(lines)
  const terms = paymentTerms(amountFen, input.prepaymentBps, input.instalments)
  const header = { title: `合同申报 ${customer.name}`, customerName: customer.name, amountFen }

  let doc
  if (input.id === undefined) {
    doc = await createDocument(em, { docType: 'application', ...header }, ctx)
  } else {
    const existing = await loadDocument(em, input.id)
    if (existing.docType !== 'application') throw new AppError('DOCUMENT_NOT_FOUND')
    doc = await updateDraftHeader(em, existing, input.version!, header, ctx)
    await em.getRepository(ApplicationLineEntity).delete({ documentId: doc.id })
    await em.getRepository(ApplicationEntity).delete({ documentId: doc.id })
  }
  await em.getRepository(ApplicationEntity).insert({
    documentId: doc.id, customerId: customer.id, priceListId: policy.id, deliveryDate: input.deliveryDate,
    prepaymentBps: terms.prepaymentBps, prepaymentFen: terms.prepaymentFen, instalments: JSON.stringify(terms.instalments),
    installationNeeded: input.installationNeeded, nonStandardTerms: input.nonStandardTerms ?? null, note: input.note ?? null,
  })
  await em.getRepository(ApplicationLineEntity).insert(lines.map((l) => ({ ...l, documentId: doc.id })))
  return doc
}

const save: Handler<'applications.save'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await saveApplication(em, input, ctx)
    return documentView(em, applicationKind, await loadDocument(em, doc.id), ctx)
  })

export const applicationHandlers = {
  'applications.save': save,
}

