import type { EntityManager } from 'typeorm'
import type { DocumentType } from '../../../shared/document-number'
import { WorkflowDefinitionEntity } from '../db/entities'
import { findRowBy } from '../db/find-rows'
import { lockKey } from '../db/locks'
import { factsNamed } from './conditions'
import { defaultDefinitions } from './default-definitions'
import { definitionSchema, type WorkflowDefinition } from './definition'
import type { FactSpecs } from './facts'

/** Writes WORKFLOW.md's chains for any document type that has none yet (first start, or a new type). */
export async function missingDefaultDefinitions(em: EntityManager): Promise<WorkflowDefinition[]> {
  const present = new Set((await em.getRepository(WorkflowDefinitionEntity).find()).map((d) => d.docType))
  return defaultDefinitions().filter((d) => !present.has(d.docType))
}

export async function ensureDefaultDefinitions(em: EntityManager, at: Date): Promise<void> {
  // Workstations starting together on one PostgreSQL database write the chains once (locks.ts).
  await lockKey(em, 'workflow_definitions.defaults')
  const missing = await missingDefaultDefinitions(em)
  if (missing.length)
    await em
      .getRepository(WorkflowDefinitionEntity)
      .insert(missing.map((d) => ({ docType: d.docType, definition: JSON.stringify(d), updatedAt: at.toISOString(), updatedByName: '系统' })))
}

/** The facts a chain's conditions name that its type does not declare (an edited chain must not read facts that do not exist). */
export function undeclaredFacts(def: WorkflowDefinition, specs: FactSpecs): string[] {
  const conditions = [...def.steps.flatMap((s) => (s.when ? [s.when] : [])), ...(def.blocks ?? []).map((b) => b.when)]
  return [...new Set(conditions.flatMap(factsNamed))].filter((fact) => !Object.hasOwn(specs, fact))
}

/**
 * The stored text parsed and checked once per distinct text: the chain is still read on every action
 * (another workstation may have changed it), but the same text is not parsed and validated again on
 * every approval (issue 10: approve ≤ 5 ms p95). The text is the key, so an edited chain is parsed anew.
 * The engine treats a definition as read-only (transition.ts is pure).
 */
const parsedTexts = new Map<string, WorkflowDefinition>()
/** Room for every type's chain and its edits for a long day; the oldest go first. */
const MAX_PARSED = 64

/** Shared between actions, so nobody may change it: a change would throw rather than leak into the next action. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

function parsedDefinition(text: string): WorkflowDefinition {
  let def = parsedTexts.get(text)
  if (!def) {
    def = deepFreeze(definitionSchema.parse(JSON.parse(text)))
    if (parsedTexts.size >= MAX_PARSED) parsedTexts.delete(parsedTexts.keys().next().value!)
    parsedTexts.set(text, def)
  }
  return def
}

/** The chain in force for a type, read fresh on every action (another workstation may have changed it). */
export async function loadDefinition(em: EntityManager, docType: DocumentType | string, specs?: FactSpecs): Promise<WorkflowDefinition> {
  const row = await findRowBy(em, WorkflowDefinitionEntity, { docType })
  if (!row) throw new Error(`no workflow definition for ${docType}`)
  const def = parsedDefinition(row.definition)
  const unknown = specs ? undeclaredFacts(def, specs) : []
  if (unknown.length) throw new Error(`the ${docType} chain reads facts its type does not declare: ${unknown.join(', ')}`)
  return def
}

export async function loadAllDefinitions(em: EntityManager): Promise<WorkflowDefinition[]> {
  const rows = await em.getRepository(WorkflowDefinitionEntity).find({ order: { docType: 'ASC' } })
  return rows.map((row) => definitionSchema.parse(JSON.parse(row.definition)))
}
