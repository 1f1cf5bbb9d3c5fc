import { z } from 'zod'
import { DOCUMENT_PREFIXES, type DocumentType } from './document-number'
import { ERROR_MESSAGES, type ErrorCode } from './errors'
import { ROLE_KEYS, type RoleKey } from './roles'

// A chain is data (DESIGN.md "Workflow as data"): stored as JSON in workflow_definitions, checked by
// this schema whenever it is read, so an edited chain can never be half-valid. Which facts a
// condition may name is the document type's declaration (electron/core/workflow/document-kind.ts), checked on load.

const role = z.enum(ROLE_KEYS)

/**
 * What adds a step to a document's route, or blocks it. A fact is one the type declares: a flag
 * (`{ fact }` holds when true) or a number (`{ fact, above }`). Two named forms read the R1 facts.
 */
export type Condition =
  | { fact: 'amountAbove'; fen: number }
  | { fact: 'belowFloorBeyondAuthorityOf'; role: RoleKey }
  | { fact: string; above: number }
  | { fact: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

const factName = z.string().regex(/^[a-z][A-Za-z]{1,47}$/)

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ fact: z.literal('amountAbove'), fen: z.number().int().min(0) }).strict(),
    z.object({ fact: z.literal('belowFloorBeyondAuthorityOf'), role }).strict(),
    z.object({ fact: factName, above: z.number().int() }).strict(),
    z.object({ fact: factName }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
)

const actorSchema = z.discriminatedUnion('kind', [
  /** Every holder of the role may act; the first closes it for all. */
  z.object({ kind: z.literal('role'), role }).strict(),
  /** The drafter's own manager (上级) when they hold the role, else every holder of it. */
  z.object({ kind: z.literal('drafterManager'), fallbackRole: role }).strict(),
  /** 会签: the roles sign side by side, in any order; the step is done once `need` of them have. */
  z
    .object({ kind: z.literal('countersign'), roles: z.array(role).min(2).max(6), need: z.number().int().min(1) })
    .strict()
    .refine((a) => new Set(a.roles).size === a.roles.length, '会签岗位不能重复')
    .refine((a) => a.need <= a.roles.length, '会签所需人数不能超过岗位数'),
])

export const stepSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z_]{1,46}$/),
    name: z.string().min(1).max(48),
    actor: actorSchema,
    when: conditionSchema.optional(),
    /** When `when` is read: at submit (the route is planned once), or when the route reaches the step (facts of that moment, e.g. R9's receivables). */
    evaluate: z.enum(['submit', 'enter']).optional(),
  })
  .strict()

const errorCode = z.enum(Object.keys(ERROR_MESSAGES) as [ErrorCode, ...ErrorCode[]])

/** A condition that refuses instead of adding a step: checked at submit, or also whenever a step is entered. */
export const blockSchema = z
  .object({ when: conditionSchema, refuse: errorCode, at: z.enum(['submit', 'everyStep']).optional() })
  .strict()

export const definitionSchema = z
  .object({
    docType: z.enum(Object.keys(DOCUMENT_PREFIXES) as [DocumentType, ...DocumentType[]]),
    name: z.string().min(1).max(48),
    steps: z.array(stepSchema).min(1).max(12),
    blocks: z.array(blockSchema).max(12).optional(),
  })
  .strict()
  .refine((d) => new Set(d.steps.map((s) => s.key)).size === d.steps.length, 'step keys must be unique')

export type StepDefinition = z.infer<typeof stepSchema>
export type StepActor = StepDefinition['actor']
export type BlockDefinition = z.infer<typeof blockSchema>
export type WorkflowDefinition = z.infer<typeof definitionSchema>
