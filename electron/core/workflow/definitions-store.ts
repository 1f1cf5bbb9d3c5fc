import type { EntityManager } from 'typeorm'
import type { DocumentType } from '../../../shared/document-number'
import { WorkflowDefinitionEntity } from '../db/entities'
import { DEFAULT_DEFINITIONS } from './default-definitions'
import { definitionSchema, type WorkflowDefinition } from './definition'

/** Writes WORKFLOW.md's chains for any document type that has none yet (first start, or a new type). */
export async function missingDefaultDefinitions(em: EntityManager): Promise<typeof DEFAULT_DEFINITIONS> {
  const present = new Set((await em.getRepository(WorkflowDefinitionEntity).find()).map((d) => d.docType))
  return DEFAULT_DEFINITIONS.filter((d) => !present.has(d.docType))
}

export async function ensureDefaultDefinitions(em: EntityManager, at: Date): Promise<void> {
  const missing = await missingDefaultDefinitions(em)
  if (missing.length)
    await em
      .getRepository(WorkflowDefinitionEntity)
      .insert(missing.map((d) => ({ docType: d.docType, definition: JSON.stringify(d), updatedAt: at.toISOString(), updatedByName: '系统' })))
}

/** The chain in force for a type, read fresh on every action (another workstation may have changed it). */
export async function loadDefinition(em: EntityManager, docType: DocumentType | string): Promise<WorkflowDefinition> {
  const row = await em.getRepository(WorkflowDefinitionEntity).findOneBy({ docType })
  if (!row) throw new Error(`no workflow definition for ${docType}`)
  return definitionSchema.parse(JSON.parse(row.definition))
}

export async function loadAllDefinitions(em: EntityManager): Promise<WorkflowDefinition[]> {
  const rows = await em.getRepository(WorkflowDefinitionEntity).find({ order: { docType: 'ASC' } })
  return rows.map((row) => definitionSchema.parse(JSON.parse(row.definition)))
}
