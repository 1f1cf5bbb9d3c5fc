import type { EntityManager } from 'typeorm'
import type { LinkKind } from '../../../shared/api'
import { lifecycleOf } from '../../../shared/doc-types'
import type { DocumentType } from '../../../shared/document-number'
import { AppError } from '../../../shared/errors'
import { appendAuditEvent } from '../audit/append-audit-event'
import { DocumentEntity, type DocumentRow } from '../db/entities'
import { updateWithVersion } from '../db/update-with-version'
import { insertRow } from '../db/write-rows'
import { nextDocumentNumber } from '../numbering/next-document-number'
import type { ActionContext } from './document-kind'
import { linkDocuments } from './links'

export interface NewDocument {
  docType: DocumentType
  title: string
  customerName: string | null
  amountFen: number | null
  /** The documents it is made from (fulfils, pays …): the engine links them (R24). */
  from?: ReadonlyArray<{ id: number; kind: LinkKind }>
}

/** A new draft with its R22 number, inside the caller's transaction, with its links and its audit event (R21). */
export async function createDocument(em: EntityManager, { from = [], ...input }: NewDocument, ctx: ActionContext): Promise<DocumentRow> {
  const docNo = await nextDocumentNumber(em, input.docType, ctx.at)
  const now = ctx.at.toISOString()
  const row: Omit<DocumentRow, 'id'> = {
    ...input, docNo, state: 'draft', version: 1, drafterUserId: ctx.user.id, drafterName: ctx.user.name,
    createdAt: now, updatedAt: now, closedAt: null, currentStep: null, route: null, round: 0, lastSignerUserId: null, chainVersion: null,
  }
  const doc = { ...row, id: Number(await insertRow(em, DocumentEntity, row)) }
  for (const source of from) await linkDocuments(em, doc.id, source.id, source.kind, ctx.at)
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: null, action: 'create', entityType: 'document', entityId: doc.id, docNo, fromState: null, toState: 'draft',
  })
  return doc
}

/**
 * Changes a draft's header after an edit (amount, customer) with the optimistic lock: the caller's
 * version must still be current, or someone else got there first.
 */
export async function updateDraftHeader(
  em: EntityManager,
  doc: DocumentRow,
  version: number,
  changes: Pick<DocumentRow, 'title' | 'customerName' | 'amountFen'>,
  ctx: ActionContext,
): Promise<DocumentRow> {
  if (doc.closedAt) throw new AppError('DOCUMENT_CLOSED')
  if (!lifecycleOf(doc.docType)?.editable.includes(doc.state)) throw new AppError('DOCUMENT_NOT_EDITABLE')
  if (doc.drafterUserId !== ctx.user.id) throw new AppError('NOT_DRAFTER')
  await updateWithVersion(em, DocumentEntity, doc.id, version, changes, ctx.at)
  await appendAuditEvent(em, { at: ctx.at, actor: ctx.user, role: null, action: 'edit', entityType: 'document', entityId: doc.id, docNo: doc.docNo })
  return { ...doc, ...changes, version: version + 1, updatedAt: ctx.at.toISOString() }
}
