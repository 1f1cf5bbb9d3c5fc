import type { EntityManager } from 'typeorm'
import { RECONCILING_STATES } from '../../../../shared/doc-types/reconciliation/reconciliation-type'
import { FINANCE_SIGNERS, SALES_SIGNERS } from '../../../../shared/doc-types/reconciliation/reconciliation-api'
import { SIDE_LABELS, type ReconciliationSide } from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { AppError } from '../../../../shared/errors'
import { ROLES, type RoleKey } from '../../../../shared/roles'
import type { DocumentRow } from '../../db/entities'
import { findRowByOrFail } from '../../db/find-rows'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { advanceDocument } from '../../workflow/advance'
import type { ActionContext } from '../../workflow/document-kind'
import { closeOpenTasks } from '../../workflow/tasks'
import { ReconciliationEntity, type ReconciliationRow } from './reconciliation-entities'
import { SIGN_FINANCE, SIGN_SALES } from './reconciliation-task'

const SIGNERS: Record<ReconciliationSide, readonly RoleKey[]> = { sales: SALES_SIGNERS, finance: FINANCE_SIGNERS }

/** A reconciliation to change (a difference, a signature): still reconciling, else R17's lock refuses. */
export async function reconciliationToChange(em: EntityManager, id: number, version: number): Promise<{ doc: DocumentRow; r: ReconciliationRow }> {
  const doc = await loadDocumentToDecide(em, id)
  if (doc.docType !== 'reconciliation') throw new AppError('RECONCILIATION_NOT_FOUND')
  const r = await findRowByOrFail(em, ReconciliationEntity, { documentId: doc.id })
  if (doc.state === 'locked' || r.lockedAt || doc.closedAt)
    throw new AppError('RECONCILIATION_LOCKED', `对帐单 ${doc.docNo} 已由双方签认锁定，只能查看和打印，不能再修改`, { lockedAt: r.lockedAt })
  if (!(RECONCILING_STATES as readonly string[]).includes(doc.state)) throw new AppError('ACTION_NOT_ALLOWED')
  if (doc.version !== version) throw new AppError('STALE_VERSION')
  return { doc, r }
}

/**
 * R17: one side signs off — sales by its manager or head, finance by finance — each once (the same side
 * twice is refused, whoever signs), and R20: never the same person for both sides. The second signature
 * locks the snapshot (已锁定).
 */
export async function signOff(em: EntityManager, input: { id: number; version: number; side: ReconciliationSide }, ctx: ActionContext): Promise<DocumentRow> {
  const { doc, r } = await reconciliationToChange(em, input.id, input.version)
  const role = SIGNERS[input.side].find((k) => ctx.user.roles.includes(k))
  if (!role)
    throw new AppError('RECONCILIATION_SIDE_ROLE', `${SIDE_LABELS[input.side]}方由${SIGNERS[input.side].map((k) => ROLES[k]).join('或')}签认`, { side: input.side })
  const signedBy = input.side === 'sales' ? r.salesSignedByName : r.financeSignedByName
  if (signedBy)
    throw new AppError('RECONCILIATION_SIDE_SIGNED', `${SIDE_LABELS[input.side]}方已由 ${signedBy} 签认过对帐单 ${doc.docNo}，同一方不能重复签认`, { side: input.side, signedBy })
  const otherId = input.side === 'sales' ? r.financeSignedByUserId : r.salesSignedByUserId
  if (otherId === ctx.user.id)
    throw new AppError('RECONCILIATION_SAME_SIGNER', `您已代表${SIDE_LABELS[input.side === 'sales' ? 'finance' : 'sales']}方签认对帐单 ${doc.docNo}，同一人不能签认双方`)
  const at = ctx.at.toISOString()
  const moved = await advanceDocument(em, doc, input.side === 'sales' ? 'salesSigned' : 'financeSigned', ctx, 'sign')
  const task = input.side === 'sales' ? SIGN_SALES : SIGN_FINANCE
  if (moved.state !== 'locked') await closeOpenTasks(em, doc.id, ctx.user.id, 'sign', ctx.at, task.role)
  const signature = input.side === 'sales'
    ? { salesSignedByUserId: ctx.user.id, salesSignedByName: ctx.user.name, salesSignedRole: role, salesSignedAt: at }
    : { financeSignedByUserId: ctx.user.id, financeSignedByName: ctx.user.name, financeSignedRole: role, financeSignedAt: at }
  await em.getRepository(ReconciliationEntity).update({ documentId: doc.id }, { ...signature, ...(moved.state === 'locked' ? { lockedAt: at } : {}) })
  return moved
}
