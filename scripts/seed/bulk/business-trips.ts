import { atMinute, dayText, iso, workdaysBetween } from '../calendar'
import type { Random } from '../random'
import type { Person } from './bulk-engine'
import type { OfficeContext, Trip } from './office-context'

// 代理审批 (issue 10): the general manager travels a few times a year. The evening before each trip he
// names his deputy for it (deputies.set: a deputies row and its 'deputySet' event, by himself), and
// during the trip the deputy signs 代 on his behalf (office-context.ts signerAt, through the engine's
// transition with onBehalfOf, as apply-action.ts does). The trips end before the last weeks' long
// absence (gmAway), which has no deputy: that backlog is the point of it.

const TRIPS_PER_YEAR = 2

/** Plans the trips over the working days from `firstDay` to `lastDay` and schedules naming their deputy. */
export function scheduleTrips(ctx: OfficeContext, random: Random, principal: Person, deputy: Person, firstDay: number, lastDay: number): void {
  const days = workdaysBetween(firstDay, lastDay)
  const wanted = Math.max(1, Math.round((days.length / 250) * TRIPS_PER_YEAR))
  // Equal slices of the calendar, one trip somewhere in each: never overlapping, never at the very start.
  const slice = Math.floor(days.length / wanted)
  for (let i = 0; i < wanted && slice > 10; i++) {
    const start = i * slice + random.int(5, slice - 6)
    const length = random.int(3, 5)
    const from = days[start]!
    const to = days[Math.min(start + length - 1, days.length - 1)]!
    const trip: Trip = { principal, deputy, fromDay: from, toDay: to }
    ctx.trips.push(trip)
    // The evening before the first day away (the working day before, 17:00–17:30 Shanghai).
    const evening = atMinute(days[start - 1]!, 17 * 60) + random.int(0, 30 * 60) * 1000
    ctx.queue.schedule(evening, () => nameDeputy(ctx, trip, evening))
  }
}

function nameDeputy(ctx: OfficeContext, trip: Trip, at: number): void {
  const row = {
    principalUserId: trip.principal.id, deputyUserId: trip.deputy.id, fromDay: dayText(trip.fromDay), toDay: dayText(trip.toDay),
    createdByUserId: trip.principal.id, createdAt: iso(at),
  }
  const id = ctx.rows.deputy(row)
  ctx.engine.audit(iso(at), trip.principal, null, 'deputySet', id, null, null, null, null,
    JSON.stringify({ principalUserId: row.principalUserId, deputyUserId: row.deputyUserId, from: row.fromDay, to: row.toDay }), 'deputy')
  ctx.tally['deputy periods'] = (ctx.tally['deputy periods'] ?? 0) + 1
}
