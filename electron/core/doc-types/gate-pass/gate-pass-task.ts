import type { EntityManager } from 'typeorm'
import { readRows } from '../../db/driver-query'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import type { ActionContext } from '../../workflow/document-kind'
import { closeOpenTasks, openFollowUpTask } from '../../workflow/tasks'

/**
 * Issue 12: a posted outbound slip waits in the guard's 待办 (门卫放行) until its gate pass is registered:
 * opened when the slip posts, closed when a pass is registered (or the slip is voided or closed), opened
 * again when its pass is voided while the slip stands. The task is the slip's.
 */
export const GATE_PASS_TASK = { stepKey: 'gate_pass', stepName: '登记出门证', role: 'guard' } as const

/** SQL: the slip `slipId` (an SQL expression) has a live pass — any pass not voided (R24's live dependant). */
export const livePassSql = (slipId: string) =>
  `EXISTS (SELECT 1 FROM gate_passes g JOIN documents gd ON gd.id = g.document_id WHERE g.outbound_slip_id = ${slipId} AND gd.state <> 'voided')`

/** The slip has just posted: the guard is to let its goods out. */
export const openGateTask = (em: EntityManager, slipDoc: DocumentRow, ctx: ActionContext) => openFollowUpTask(em, slipDoc, GATE_PASS_TASK, ctx.at)

/** A pass was registered: the slip no longer waits at the gate. */
export const closeGateTask = (em: EntityManager, slipId: number, ctx: ActionContext) => closeOpenTasks(em, slipId, ctx.user.id, 'gatePass', ctx.at, GATE_PASS_TASK.role)

/** A pass was voided: the slip waits at the gate again while it stands posted, open, and without another live pass. */
export async function reopenGateTask(em: EntityManager, slipId: number, ctx: ActionContext): Promise<void> {
  const [row] = await readRows<{ waiting: number | string }>(
    em,
    `SELECT CASE WHEN d.state = 'approved' AND d.closed_at IS NULL AND NOT ${livePassSql('d.id')}
              AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND t.step_key = :step AND t.closed_at IS NULL) THEN 1 ELSE 0 END AS waiting
     FROM documents d WHERE d.id = :id`,
    { id: slipId, step: GATE_PASS_TASK.stepKey },
  )
  if (Number(row?.waiting ?? 0) === 1) await openGateTask(em, await em.getRepository(DocumentEntity).findOneByOrFail({ id: slipId }), ctx)
}
