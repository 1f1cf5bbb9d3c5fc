import type { EntityManager } from 'typeorm'
import type { SignedInUser } from '../../../electron/core/auth/signed-in-user'
import { signOff } from '../../../electron/core/doc-types/reconciliation/sign-off'
import { startReconciliation } from '../../../electron/core/doc-types/reconciliation/start-reconciliation'
import type { OfficeContext } from './office-context'

// R17 in the ten-year office: at each month's turn finance starts the month just ended (the snapshot is the
// core's own INSERT … SELECT), the sales manager signs within the hour and finance after him, so the month is
// locked before the closing of the month before it runs (R19). Through the engine's own functions
// (createDocument, applyAction, advanceDocument): the same transition as every desk.

const HOUR = 3_600_000

function asUser(ctx: OfficeContext, role: 'finance' | 'sales_manager'): SignedInUser {
  const p = ctx.people.withRole(role)[0]!
  return { id: p.id, name: p.name, login: p.login, roles: p.roles, mustChangePassword: false }
}

/** The month's reconciliation, started at `at` (the month's end or later) and locked two hours on. */
export async function reconcileMonth(em: EntityManager, ctx: OfficeContext, month: string, at: number): Promise<void> {
  const finance = asUser(ctx, 'finance')
  const doc = await startReconciliation(em, month, { user: finance, at: new Date(at) })
  const sales = await signOff(em, { id: doc.id, version: doc.version + 1, side: 'sales' }, { user: asUser(ctx, 'sales_manager'), at: new Date(at + HOUR) })
  await signOff(em, { id: doc.id, version: sales.version, side: 'finance' }, { user: finance, at: new Date(at + 2 * HOUR) })
  ctx.tally['reconciliations'] = (ctx.tally['reconciliations'] ?? 0) + 1
}
