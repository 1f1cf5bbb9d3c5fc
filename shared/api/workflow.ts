import { z } from 'zod'
import { definitionSchema, type WorkflowDefinition } from '../chain-definition'
import type { DocumentType } from '../document-number'
import type { RoleKey } from '../roles'
import { method } from './define'

/** One step of a chain as the office reads it. */
export interface WorkflowStepDto {
  key: string
  name: string
  actor:
    | { kind: 'role'; role: RoleKey }
    | { kind: 'drafterManager'; fallbackRole: RoleKey }
    | { kind: 'countersign'; roles: RoleKey[]; need: number }
  /** Human-readable condition, e.g. "合同条款非标准时"; null = always. */
  condition: string | null
}

/** A fact a condition of this type's chain may read (the type's declaration), for the editor's pickers. */
export interface ChainFactDto {
  key: string
  label: string
  kind: 'flag' | 'fen' | 'bps' | 'count' | 'authority'
}

/**
 * A chain in force. `version` counts the administrator's saves (1 = WORKFLOW.md's default): a document
 * follows the version it was submitted under, so an edit applies to documents submitted after it.
 */
export interface WorkflowDto {
  docType: DocumentType
  name: string
  drafterRoles: RoleKey[]
  steps: WorkflowStepDto[]
  version: number
  updatedAt: string
  updatedByName: string
  /** The chain as data, what the editor changes and sends back. */
  definition: WorkflowDefinition
  facts: ChainFactDto[]
}

export const workflowApi = {
  'workflow.list': method<WorkflowDto[]>()(z.object({}).strict(), 'signedIn', 'read'),
  /**
   * The administrator saves a chain as its next version (issue 10). `version` is the one they edited:
   * a chain someone saved in between is refused (STALE_VERSION). The rules hold whatever the data says:
   * R1's covering approver is added at submit, R20 is the engine's, and a chain that could leave a
   * document without an approver is refused.
   */
  'workflow.save': method<WorkflowDto>()(
    z.object({ version: z.number().int().min(1), definition: definitionSchema }).strict(),
    ['admin'],
    'write',
  ),
} as const
