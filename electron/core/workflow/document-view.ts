import type { EntityManager } from 'typeorm'
import type { DocumentHeaderDto, DocumentView, TrailEntry } from '../../../shared/api'
import type { DocumentType } from '../../../shared/document-number'
import { DOCUMENT_ACTION_KEYS, PRINT_ACTION } from '../../../shared/document-states'
import type { RoleKey } from '../../../shared/roles'
import { documentViewFor } from '../auth/need-to-know'
import { AuditEventEntity, type DocumentRow } from '../db/entities'
import { findRowsBy } from '../db/find-rows'
import { actingAs } from '../deputies/acting-as'
import { positionOf } from './apply-action'
import { chainOf } from './chain-view'
import { chainForDocument } from './definitions-store'
import type { WorkflowDefinition } from './definition'
import type { ActionContext, DocumentKind } from './document-kind'
import { familyOf } from './links'
import { allowedActions } from './transition'

export function headerDto(doc: DocumentRow): DocumentHeaderDto {
  return {
    id: doc.id, docType: doc.docType as DocumentType, docNo: doc.docNo, title: doc.title, state: doc.state,
    currentStep: doc.currentStep, version: doc.version, drafterUserId: doc.drafterUserId, drafterName: doc.drafterName,
    customerName: doc.customerName, amountFen: doc.amountFen, createdAt: doc.createdAt, updatedAt: doc.updatedAt, closedAt: doc.closedAt,
  }
}

/**
 * Everything the document page shows, for this user: header, chain, trail, allowed actions, family, body —
 * less what their posts have no need to know (documentViewFor: prices, amounts), whichever method answers.
 */
export async function documentView(
  em: EntityManager, kind: DocumentKind, doc: DocumentRow, ctx: ActionContext, chain?: WorkflowDefinition,
): Promise<DocumentView> {
  const trailRows = await findRowsBy(em, AuditEventEntity, { entityType: 'document', entityId: doc.id }, { id: 'ASC' })
  // After an action, the chain it was checked against (same transaction): no second read.
  const def = chain ?? (await chainForDocument(em, kind, doc)).def
  const trail: TrailEntry[] = trailRows.map((e) => ({
    at: e.at, userName: e.userName, onBehalfOfName: e.onBehalfOfName, role: e.role as RoleKey | null, action: e.action, fromState: e.fromState, toState: e.toState, comment: e.comment,
  }))
  return documentViewFor(ctx.user, {
    header: headerDto(doc),
    chain: await chainOf(em, kind, def, doc, trailRows),
    trail,
    actions: allowedActions(def, kind.lifecycle, positionOf(doc), (await actingAs(em, def, positionOf(doc), ctx)).actor, DOCUMENT_ACTION_KEYS),
    body: await kind.body(em, doc, ctx),
    family: await familyOf(em, doc.id),
    printCount: trailRows.filter((e) => e.action === PRINT_ACTION).length,
  })
}
