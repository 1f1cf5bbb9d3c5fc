import type { EntityManager } from 'typeorm'
import { startSession } from '../electron/core/auth/sessions'
import { driverQuery } from '../electron/core/db/driver-query'
import type { OpenedWorkstation } from '../electron/core/open-workstation'
import type { Result } from './core-operations'
import type { RawFloor } from './floors'
import type { StatementRecorder, Statement } from './statement-recorder'
import { measurePair } from './stats'

// Issue 14's 提成单 in the bench (R16): one person-month's commission computed through the router
// (commissions.compute: the month's allocations to the person's contracts, the policy in force at the
// month's end, and the settlement replay of their receivables to find what is overdue at that end), for
// the person-months the ten-year office filed most recently (the busiest salespeople, the longest
// histories), beside the raw replay of the statements it sent (as invoice-operations.ts does).

export interface CommissionFixture {
  financeToken: string
  personMonths: Array<{ salespersonUserId: number; month: string }>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rows = (em: EntityManager, sql: string, params: Record<string, unknown> = {}): Promise<any[]> => em.query(...driverQuery(em, sql, params))

export async function commissionFixture(ws: OpenedWorkstation, runs: number): Promise<CommissionFixture> {
  return ws.database.transaction(async (em) => {
    const filed = await rows(em, `SELECT salesperson_user_id, month FROM commissions ORDER BY month DESC, salesperson_user_id LIMIT :runs`, { runs })
    const [finance] = await rows(em, `SELECT user_id FROM user_roles WHERE role = 'finance' ORDER BY user_id LIMIT 1`)
    return {
      financeToken: await startSession(em, Number(finance.user_id), new Date()),
      personMonths: filed.map((r) => ({ salespersonUserId: Number(r.salesperson_user_id), month: String(r.month) })),
    }
  })
}

export async function commissionOperations(ws: OpenedWorkstation, approveFloor: RawFloor, recorder: StatementRecorder, fixture: CommissionFixture): Promise<Result[]> {
  const { financeToken, personMonths } = fixture
  if (!personMonths.length) return []
  const recorded: Statement[][] = []
  const compute = async (i: number) => {
    const { envelope } = await ws.dispatch('commissions.compute', personMonths[i % personMonths.length]!, financeToken)
    if (!envelope.ok) throw new Error(`commissions.compute: ${envelope.error.code} ${envelope.error.message}`)
  }
  const timing = await measurePair(personMonths.length, async (i) => void (recorded[i] = await recorder.record(() => compute(i))), (i) => approveFloor.replay(recorded[i]!), 0)
  return [{ operation: `commission for one person-month (commissions.compute: month allocations, policy, overdue at month end), ${personMonths.length} person-months`, ...timing }]
}
