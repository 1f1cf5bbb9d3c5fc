import type BetterSqlite3 from 'better-sqlite3'
import { GATE_PASS_TASK } from '../../../electron/core/doc-types/gate-pass/gate-pass-task'
import { afterWorkingMinutes, iso } from '../calendar'
import { mobile, personName } from '../names'
import { Random } from '../random'
import type { LiveDocument } from './bulk-engine'
import { count, type OfficeContext } from './office-context'

// Issue 12, the gate pass (出门证): a posted outbound slip waits in the guard's 待办 (登记出门证, opened as the
// core's postOutbound does); nearly every one leaves the gate within hours of its posting and the guard
// registers the pass then (已放行 at submit: the time out is the moment of registering, so no 补登 step);
// a few are still waiting when the office's history ends. A few passes are voided by the guard for a wrong
// plate and registered again (the correction the office uses). Draws from a stream of its own.

interface GateState { random: Random; body: BetterSqlite3.Statement }
const states = new WeakMap<OfficeContext, GateState>()
function gate(ctx: OfficeContext): GateState {
  let state = states.get(ctx)
  if (!state) {
    state = {
      random: new Random(0x6a7e ^ Math.floor(ctx.end / 60_000)),
      body: ctx.rows.sqlite.prepare(
        `INSERT INTO gate_passes (document_id, outbound_slip_id, vehicle_plate, driver_name, driver_phone, left_at, remark) VALUES (@documentId, @slipId, @plate, @driver, @phone, @leftAt, NULL)`,
      ),
    }
    states.set(ctx, state)
  }
  return state
}

/** Office minutes after `at`, drawn from the gate's own stream (the others' draws stay as they were). */
const minutesLater = (ctx: OfficeContext, at: number, minutes: number) => afterWorkingMinutes(at, minutes, gate(ctx).random)

const PROVINCES = ['沪', '苏', '浙', '皖', '鲁', '京'] as const
const LETTERS = 'ABCDEFGHJKLMN'
function plate(random: Random): string {
  const digits = Array.from({ length: 4 }, () => random.int(0, 9)).join('')
  return `${random.pick(PROVINCES)}${LETTERS[random.int(0, LETTERS.length - 1)]}·${LETTERS[random.int(0, LETTERS.length - 1)]}${digits}`
}

/** A slip has just posted (at `at`): it waits at the gate, and (nearly always) a vehicle takes it out within hours. */
export function startGatePass(ctx: OfficeContext, slip: LiveDocument, at: string): void {
  const { random } = gate(ctx)
  ctx.engine.openFollowUp(slip, GATE_PASS_TASK, at)
  if (!random.chance(0.97)) return
  ctx.queue.schedule(minutesLater(ctx, Date.parse(at), random.logNormal(90, 0.8)), (t) => register(ctx, slip, t, random.chance(0.02)))
}

function register(ctx: OfficeContext, slip: LiveDocument, at: number, wrong: boolean): void {
  const { random, body } = gate(ctx)
  if (slip.state !== 'approved') return
  const guard = ctx.people.signer(random, 'guard', [])
  const vehicle = plate(random)
  const pass = ctx.engine.create('gatePass', { title: `出门 ${vehicle}`, customerName: slip.customerName, amountFen: null }, guard, at, [{ id: slip.id, kind: 'madeFrom' }])
  body.run({ documentId: pass.id, slipId: slip.id, plate: vehicle, driver: personName(random), phone: random.chance(0.7) ? mobile(random) : null, leftAt: iso(at) })
  ctx.engine.closeRoleTasks(slip, GATE_PASS_TASK.role, guard, 'gatePass', at)
  ctx.engine.act(pass, 'submit', guard, at, { facts: { registeredLate: false } })
  count(ctx, 'gate passes')
  if (!wrong) return
  // A wrong plate: the guard voids the pass minutes later (gate-pass-kind onVoided: the slip waits again) and registers it anew.
  const voidAt = minutesLater(ctx, at, random.int(3, 20))
  ctx.engine.act(pass, 'void', guard, voidAt, { comment: '车牌录错，作废重登' })
  ctx.engine.openFollowUp(slip, GATE_PASS_TASK, iso(voidAt))
  count(ctx, 'gate passes voided to correct')
  register(ctx, slip, minutesLater(ctx, voidAt, 2), false)
}
