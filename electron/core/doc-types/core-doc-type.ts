import type { EntityManager, EntitySchema } from 'typeorm'
import type { MethodName } from '../../../shared/api'
import type { TypeIntegrity } from '../integrity/type-integrity'
import type { Handlers } from '../router/call-context'
import type { WorkflowDefinition } from '../workflow/definition'
import type { DocumentKind } from '../workflow/document-kind'

/** Everything the core holds of one document type, exported by its folder's index.ts. */
export interface CoreDocType<M extends MethodName = MethodName> {
  kind: DocumentKind
  /** Its tables (the migration that makes them is in db/migrations). */
  entities: ReadonlyArray<EntitySchema<never>>
  /** Its API methods' handlers (the methods themselves are in shared/doc-types/<type>). */
  handlers: Pick<Handlers, M>
  /** WORKFLOW.md's chain for it, written to workflow_definitions when the type has none. */
  defaultChain: WorkflowDefinition
  /** Its tables, follow-up task and invariants as checkIntegrity reads them (<type>-integrity.ts). */
  integrity: TypeIntegrity
  /**
   * R19: a finished document that still waits for someone (an SQL condition on the `documents` row): the
   * month-end closing leaves it open, so its follow-up work stays in the queues (e.g. a posted slip whose
   * goods have not passed the gate or whose receivable is not booked yet).
   */
  closingWaits?: string
  /** R19: refuse the month's closing until the type allows it (the month-end reconciliation: its month locked, R17). */
  beforeClosing?(em: EntityManager, month: string): Promise<void>
}
