import type { EntityManager } from 'typeorm'
import type { DocumentType } from '../../../shared/document-number'
import { WorkflowDefinitionEntity } from '../db/entities'
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

/** The chain in force for a type, read fresh on every action (another workstation may have changed it). */
export async function loadDefinition(em: EntityManager, docType: DocumentType | string, specs?: FactSpecs): Promise<WorkflowDefinition> {
  const row = await em.getRepository(WorkflowDefinitionEntity).findOneBy({ docType })
  if (!row) throw new Error(`no workflow definition for ${docType}`)
  const def = definitionSchema.parse(JSON.parse(row.definition))
  const unknown = specs ? undeclaredFacts(def, specs) : []
  if (unknown.length) throw new Error(`the ${docType} chain reads facts its type does not declare: ${unknown.join(', ')}`)
  return def
}

export async function loadAllDefinitions(em: EntityManager): Promise<WorkflowDefinition[]> {
  const rows = await em.getRepository(WorkflowDefinitionEntity).find({ order: { docType: 'ASC' } })
  return rows.map((row) => definitionSchema.parse(JSON.parse(row.definition)))
}
