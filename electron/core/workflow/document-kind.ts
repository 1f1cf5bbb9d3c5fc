import type { EntityManager } from 'typeorm'
import type { DocumentBody } from '../../../shared/api'
import type { BuiltDocType, Lifecycle } from '../../../shared/doc-types'
import type { SignedInUser } from '../auth/signed-in-user'
import type { DocumentRow } from '../db/entities'
import type { Facts, FactSpecs } from './facts'
import type { Coverage } from './plan-route'

export interface ActionContext {
  user: SignedInUser
  at: Date
}

/**
 * What a document type adds to the engine, in its own folder (electron/core/doc-types/<type>): the
 * facts its chain's conditions may read, the authority its route must cover, what happens when its
 * chain completes, and its body for the document page. Its states are its shared lifecycle.
 */
export interface DocumentKind {
  docType: BuiltDocType
  lifecycle: Lifecycle
  /** The facts this type offers conditions; a chain naming any other is refused when loaded. */
  factSpecs: FactSpecs
  facts(em: EntityManager, doc: DocumentRow, at?: Date): Promise<Facts>
  /** An authority the route must hold whatever the chain data says (R1), from the facts at submit. */
  coverage?(facts: Facts): Coverage | null
  /** Refuse a submit that breaks a rule of the type (throw an AppError with the rule's code). */
  beforeSubmit?(em: EntityManager, doc: DocumentRow, ctx: ActionContext): Promise<void>
  /** The chain is complete: e.g. a credit change takes effect on the customer. */
  onApproved?(em: EntityManager, doc: DocumentRow, ctx: ActionContext): Promise<void>
  /** It has just been voided by its drafter (R24: nothing live depends on it; `doc` as it stood before): undo what its approval did elsewhere (a signed notice's contract back to 已签订, a posted outbound slip's stock returned). */
  onVoided?(em: EntityManager, doc: DocumentRow, ctx: ActionContext): Promise<void>
  /** Need-to-know: someone the document is about opens it as theirs (a salesperson their own 提成单), besides its readers. */
  openedBy?(em: EntityManager, doc: DocumentRow, viewerId: number): Promise<boolean>
  /** The body for the page, as this reader may see it (need-to-know: the core returns less). */
  body(em: EntityManager, doc: DocumentRow, ctx: ActionContext): Promise<DocumentBody>
}

/** The fact every type offers: its amount (the header's). */
export const AMOUNT_FACT: FactSpecs = { amountFen: { kind: 'fen', label: '金额' } }
