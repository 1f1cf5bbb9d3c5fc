import { EntitySchema } from 'typeorm'
import { timestamp } from './columns'

/** A document type's chain as JSON (the engine's format); WORKFLOW.md's defaults are written on first start. */
export interface WorkflowDefinitionRow { docType: string; definition: string; updatedAt: string; updatedByName: string }

export const WorkflowDefinitionEntity = new EntitySchema<WorkflowDefinitionRow>({
  name: 'WorkflowDefinition',
  tableName: 'workflow_definitions',
  columns: {
    docType: { name: 'doc_type', type: 'varchar', length: 32, primary: true },
    definition: { type: 'text' },
    updatedAt: { ...timestamp(), name: 'updated_at' },
    updatedByName: { name: 'updated_by_name', type: 'varchar', length: 32 },
  },
})
