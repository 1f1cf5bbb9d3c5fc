import { CORE_DOC_TYPES } from '../doc-types/registry'
import type { WorkflowDefinition } from './definition'

/**
 * WORKFLOW.md's chains, one per document type from its folder, written to workflow_definitions on
 * first start. A function, not a constant: the registry imports the engine, so it is read on use.
 */
export function defaultDefinitions(): WorkflowDefinition[] {
  return Object.values(CORE_DOC_TYPES).map((type) => type.defaultChain)
}
