import { Brackets, type EntityManager } from 'typeorm'
import type { CustomerDto, DocumentHeaderDto, DocumentLineDto, DocumentView, PaymentTermsDto, QueueRow } from '../../../shared/api'
import type { DocumentType } from '../../../shared/document-number'
import { AppError } from '../../../shared/errors'
import { AMOUNT_READERS, BANK_READERS, PREPAYMENT_GATE_READERS, CREDIT_READERS, DOCUMENT_READERS, PRICE_READERS, sees } from '../../../shared/need-to-know'
import type { RoleKey } from '../../../shared/roles'
import { TaskEntity, type DocumentRow } from '../db/entities'
import { signBackFor } from '../doc-types/outbound-slip/sign-back/sign-back-view'
import type { DocumentKind } from '../workflow/document-kind'

/*
 * Need-to-know in the core (docs/need-to-know.md): every answer that carries a guarded field passes
 * through one of these before it leaves the handler, so the API returns less — the screen does not
 * merely hide it. Who sees what is decided in shared/need-to-know.ts; this file only applies it.
 * A stripped field is deleted (absent from the JSON), as the optional fields of the DTO types say.
 */

interface Viewer {
  id: number
  roles: readonly RoleKey[]
}

/** 开户行、账号、开票信息 for finance; rating and credit terms (R2) for sales, the general manager and finance. */
export function customerFor<C extends CustomerDto>(viewer: Viewer, c: C): C {
  const out = { ...c }
  if (!sees(viewer.roles, BANK_READERS)) {
    delete out.bankName
    delete out.bankAccount
    delete out.taxAddressPhone
  }
  if (!sees(viewer.roles, CREDIT_READERS)) {
    delete out.rating
    delete out.creditLimitFen
    delete out.creditDays
  }
  return out
}

function lineFor(roles: readonly RoleKey[], line: DocumentLineDto): DocumentLineDto {
  const out = { ...line }
  if (!sees(roles, PRICE_READERS)) {
    delete out.listPriceFen
    delete out.floorPriceFen
  }
  if (!sees(roles, AMOUNT_READERS)) {
    delete out.unitPriceFen
    delete out.amountFen
  }
  return out
}

function termsFor(roles: readonly RoleKey[], terms: PaymentTermsDto): PaymentTermsDto {
  if (sees(roles, AMOUNT_READERS)) return terms
  // The share (30 %) and the due dates say when money is due; the yuan say what the deal is worth.
  return { prepaymentBps: terms.prepaymentBps, instalments: terms.instalments.map(({ label, dueDate }) => ({ label, dueDate })) }
}

export function headerFor(viewer: Viewer, header: DocumentHeaderDto): DocumentHeaderDto {
  if (sees(viewer.roles, AMOUNT_READERS)) return header
  const { amountFen: _amount, ...rest } = header
  return rest
}

export function queueRowFor(viewer: Viewer, row: QueueRow): QueueRow {
  if (sees(viewer.roles, AMOUNT_READERS)) return row
  const { amountFen: _amount, ...rest } = row
  return rest
}

/** The document page: header amount, line prices and amounts, payment-term amounts. */
export function documentViewFor(viewer: Viewer, view: DocumentView): DocumentView {
  const { roles } = viewer
  const body = view.body
  const amounts = sees(roles, AMOUNT_READERS)
  const stripped =
    body.kind === 'application'
      ? { ...body, lines: body.lines.map((l) => lineFor(roles, l)), terms: termsFor(roles, body.terms) }
      : body.kind === 'contract'
        ? withoutKey({ ...body, lines: body.lines.map((l) => lineFor(roles, l)), terms: termsFor(roles, body.terms) }, amounts ? null : 'money')
        : body.kind === 'productionNotice'
          ? withoutKey(body, sees(roles, PREPAYMENT_GATE_READERS) ? null : 'prepayment')
          : body.kind === 'dispatchNote'
            ? withoutKey({ ...body, lines: body.lines.map((l) => (amounts ? l : withoutKey(withoutKey(l, 'unitPriceFen'), 'amountFen'))) }, sees(roles, CREDIT_READERS) ? null : 'credit')
            : body.kind === 'outboundSlip'
              ? { ...body, lines: body.lines.map((l) => (amounts ? l : withoutKey(withoutKey(l, 'unitPriceFen'), 'amountFen'))), signBack: signBackFor(roles, body.signBack) }
            : body.kind === 'workOrder'
              ? withoutKey(body, amounts ? null : 'firstPayment')
            : // A credit change or a payment is opened only by its readers or those acting on it (DOCUMENT_READERS).
            body
  return { ...view, header: headerFor(viewer, view.header), body: stripped }
}

/**
 * Whether the caller may open the document at all: a post that reads its type, or the document is one
 * they act on — they drafted it, or a task of it is (or was) theirs. Anyone else: FORBIDDEN.
 */
export async function assertMayOpen(em: EntityManager, viewer: Viewer, doc: DocumentRow, kind?: Pick<DocumentKind, 'openedBy'>): Promise<void> {
  if (doc.drafterUserId === viewer.id) return
  if (await kind?.openedBy?.(em, doc, viewer.id)) return
  if (sees(viewer.roles, DOCUMENT_READERS[doc.docType as DocumentType] ?? [])) return
  const tasks = em
    .getRepository(TaskEntity)
    .createQueryBuilder('t')
    .where('t.documentId = :doc', { doc: doc.id })
    .andWhere(
      new Brackets((w) => {
        w.where('t.assigneeUserId = :me', { me: viewer.id }).orWhere('t.closedByUserId = :me', { me: viewer.id })
        if (viewer.roles.length > 0) w.orWhere('(t.assigneeUserId IS NULL AND t.role IN (:...roles))', { roles: [...viewer.roles] })
      }),
    )
  if ((await tasks.getCount()) > 0) return
  throw new AppError('FORBIDDEN')
}

/** A copy without one optional field (need-to-know: absent, never zero). */
function withoutKey<T extends object>(value: T, key: keyof T | null): T {
  if (key === null) return value
  const out = { ...value }
  delete out[key]
  return out
}
