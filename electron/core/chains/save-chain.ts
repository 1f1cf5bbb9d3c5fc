import type { EntityManager } from 'typeorm'
import type { ParsedInputOf, WorkflowDto } from '../../../shared/api'
import { isBuiltDocType } from '../../../shared/doc-types'
import { AppError } from '../../../shared/errors'
import { appendAuditEvent } from '../audit/append-audit-event'
import { WorkflowDefinitionEntity, WorkflowDefinitionVersionEntity } from '../db/entities'
import { lockKey } from '../db/locks'
import { kindOf } from '../doc-types/registry'
import type { SignedInContext } from '../router/call-context'
import { loadChainInForce } from '../workflow/definitions-store'
import { chainDto } from './chain-dto'
import { assertFactsDeclared, assertHasApprover, assertManagersHoldFallbacks, assertRolesStaffed } from './chain-rules'

/**
 * workflow.save: the administrator's chain becomes the type's next version (issue 10). Documents
 * submitted from now on plan their routes under it; a route already under way keeps the version it
 * was planned under (documents.chain_version), so nobody's signature moves to a step they never saw.
 * One audit event records the old and new chain, word for word.
 */
export async function saveChain(em: EntityManager, input: ParsedInputOf<'workflow.save'>, ctx: SignedInContext): Promise<WorkflowDto> {
  const def = input.definition
  if (!isBuiltDocType(def.docType)) throw new AppError('CHAIN_TYPE_UNKNOWN')
  // Two administrators saving at once: the second waits, then sees the first one's version.
  await lockKey(em, `workflow_definitions.${def.docType}`)
  const current = await loadChainInForce(em, def.docType)
  if (current.version !== input.version) throw new AppError('STALE_VERSION', `审批流程已被他人改为第 ${current.version} 版，请刷新后再改`)
  if (JSON.stringify(current.def) === JSON.stringify(def)) throw new AppError('CHAIN_UNCHANGED')

  assertFactsDeclared(def, kindOf(def.docType).factSpecs)
  assertHasApprover(def)
  await assertRolesStaffed(em, def)
  await assertManagersHoldFallbacks(em, def)

  const version = current.version + 1
  const at = ctx.at.toISOString()
  const definition = JSON.stringify(def)
  const moved = await em
    .getRepository(WorkflowDefinitionEntity)
    .update({ docType: def.docType, version: current.version }, { definition, version, updatedAt: at, updatedByName: ctx.user.name })
  if (moved.affected !== 1) throw new AppError('STALE_VERSION')
  await em.getRepository(WorkflowDefinitionVersionEntity).insert({ docType: def.docType, version, definition, createdAt: at, createdByName: ctx.user.name })
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'admin', action: 'chain.save', entityType: 'workflow', entityId: null,
    details: { docType: def.docType, version, from: current.def, to: def },
  })
  return chainDto({ def, version, updatedAt: at, updatedByName: ctx.user.name })
}
