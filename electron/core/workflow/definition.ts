import { z } from 'zod'
import { DOCUMENT_PREFIXES, type DocumentType } from '../../../shared/document-number'
import { ROLE_KEYS } from '../../../shared/roles'

// A chain is data (DESIGN.md "Workflow as data"): stored as JSON in workflow_definitions, checked by
// this schema whenever it is read, so an edited chain can never be half-valid.

const role = z.enum(ROLE_KEYS)

/** What adds a step to a document's route. Evaluated once, at submit, against the document's facts. */
export type Condition =
  | { fact: 'amountAbove'; fen: number }
  | { fact: 'belowFloorBeyondAuthorityOf'; role: z.infer<typeof role> }
  | { fact: 'nonStandardTerms' }
  | { fact: 'customerOverCredit' }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ fact: z.literal('amountAbove'), fen: z.number().int().min(0) }).strict(),
    z.object({ fact: z.literal('belowFloorBeyondAuthorityOf'), role }).strict(),
    z.object({ fact: z.literal('nonStandardTerms') }).strict(),
    z.object({ fact: z.literal('customerOverCredit') }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
)

export const stepSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z_]{1,46}$/),
    name: z.string().min(1).max(48),
    /** A role (every holder may act, the first closes it for all), or the drafter's own manager. */
    actor: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('role'), role }).strict(),
      z.object({ kind: z.literal('drafterManager'), fallbackRole: role }).strict(),
    ]),
    when: conditionSchema.optional(),
  })
  .strict()

export const definitionSchema = z
  .object({
    docType: z.enum(Object.keys(DOCUMENT_PREFIXES) as [DocumentType, ...DocumentType[]]),
    name: z.string().min(1).max(48),
    drafterRoles: z.array(role).min(1),
    steps: z.array(stepSchema).min(1).max(12),
    /** States from which the drafter may void (作废); later states void only backwards (R24). */
    voidableStates: z.array(z.enum(['draft', 'rejected', 'withdrawn'])),
  })
  .strict()
  .refine((d) => new Set(d.steps.map((s) => s.key)).size === d.steps.length, 'step keys must be unique')

export type StepDefinition = z.infer<typeof stepSchema>
export type WorkflowDefinition = z.infer<typeof definitionSchema>

/** The facts a document offers its chain's conditions. */
export interface DocumentFacts {
  amountFen: number
  /** How far the lowest-priced line is below its floor price, in basis points of the floor (R1). */
  belowFloorBps: number
  /** R1 价格浮动权 of the policy the document was priced from: role → max bps below floor, null = no limit. */
  discountAuthority: Partial<Record<z.infer<typeof role>, number | null>>
  nonStandardTerms: boolean
  customerOverCredit: boolean
}

/** One planned step of a submitted document: who will be asked, fixed at submit. */
export interface RouteEntry {
  key: string
  assigneeUserId: number | null
}
