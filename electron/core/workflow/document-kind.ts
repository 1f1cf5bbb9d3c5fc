import type { EntityManager } from 'typeorm'
import type { DocumentBody } from '../../../shared/api'
import type { SignedInUser } from '../auth/signed-in-user'
import type { DocumentRow } from '../db/entities'
import type { DocumentFacts } from './definition'

export interface ActionContext {
  user: SignedInUser
  at: Date
}

/**
 * What a document type adds to the engine: its facts for the chain's conditions, its guards, what
 * happens when its chain completes, and its body for the document page. One per type, in its area.
 */
export interface DocumentKind {
  facts(em: EntityManager, doc: DocumentRow): Promise<DocumentFacts>
  /** Refuse a submit that breaks a rule (throw an AppError with the rule's code). */
  beforeSubmit?(em: EntityManager, doc: DocumentRow, ctx: ActionContext): Promise<void>
  /** The chain is complete: e.g. a credit change takes effect on the customer. */
  onApproved?(em: EntityManager, doc: DocumentRow, ctx: ActionContext): Promise<void>
  /** R24: refuse to void when a later document depends on this one. */
  beforeVoid?(em: EntityManager, doc: DocumentRow): Promise<void>
  body(em: EntityManager, doc: DocumentRow): Promise<DocumentBody>
}

export const NO_FACTS: DocumentFacts = {
  amountFen: 0,
  belowFloorBps: 0,
  discountAuthority: {},
  nonStandardTerms: false,
  customerOverCredit: false,
}
