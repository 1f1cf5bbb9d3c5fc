import { EntitySchema } from 'typeorm'
import { timestamp } from './columns'

/**
 * A document type's chain in force as JSON (the engine's format) and its version number; WORKFLOW.md's
 * defaults are written on first start as version 1. Every version ever saved is kept, unchanged, in
 * workflow_definition_versions: a document under way follows the version it was submitted under.
 */
export interface WorkflowDefinitionRow { docType: string; definition: string; version: number; updatedAt: string; updatedByName: string }

export const WorkflowDefinitionEntity = new EntitySchema<WorkflowDefinitionRow>({
  name: 'WorkflowDefinition',
  tableName: 'workflow_definitions',
  columns: {
    docType: { name: 'doc_type', type: 'varchar', length: 32, primary: true },
    definition: { type: 'text' },
    version: { type: 'integer', default: 1 },
    updatedAt: { ...timestamp(), name: 'updated_at' },
    updatedByName: { name: 'updated_by_name', type: 'varchar', length: 32 },
  },
})

export interface WorkflowDefinitionVersionRow { docType: string; version: number; definition: string; createdAt: string; createdByName: string }

export const WorkflowDefinitionVersionEntity = new EntitySchema<WorkflowDefinitionVersionRow>({
  name: 'WorkflowDefinitionVersion',
  tableName: 'workflow_definition_versions',
  columns: {
    docType: { name: 'doc_type', type: 'varchar', length: 32, primary: true },
    version: { type: 'integer', primary: true },
    definition: { type: 'text' },
    createdAt: { ...timestamp(), name: 'created_at' },
    createdByName: { name: 'created_by_name', type: 'varchar', length: 32 },
  },
})
