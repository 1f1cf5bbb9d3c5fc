import type { WorkflowDto } from '../../../shared/api'
import type { WorkflowDefinition } from '../../../electron/core/workflow/definition'
import type { TestClient } from './test-workstation'

/** The administrator saves a chain as its next version, through the API as the office would (chain editor). */
export async function saveChain(admin: TestClient, definition: WorkflowDefinition): Promise<WorkflowDto> {
  const current = (await admin.call('workflow.list', {})).find((c) => c.docType === definition.docType)
  if (!current) throw new Error(`no chain for ${definition.docType}`)
  return admin.call('workflow.save', { version: current.version, definition })
}
