import { mobile, personName } from '../names'
import { person, type DemoOffice } from './demo-office'

// Issue 12 in the demo, through the router (the warehouse posts in demo-sign-back.ts's outboundSitting):
// the guard registers the gate pass of each posted slip waiting in his 待办 (登记出门证) — except the
// newest ones in the closing days, so the guard's queue has slips waiting while earlier ones have passed.

const PLATES = ['沪A·D3825', '苏E·8K217', '浙B·M5573', '沪B·77601', '皖A·F2290', '苏A·Q1068']

/** The guard lets the posted slips out, all but the `leaveWaiting` newest. */
export async function gateSitting(office: DemoOffice, leaveWaiting: number): Promise<void> {
  const guard = person(office, 'guojj')
  const page = await guard.call('queue.list', { tab: 'todo', filter: { docType: 'outboundSlip' }, pageSize: 50 })
  const oldestFirst = [...page.rows].sort((a, b) => a.documentId - b.documentId)
  for (const row of oldestFirst.slice(0, Math.max(0, oldestFirst.length - leaveWaiting))) {
    await guard.call('gatePasses.register', {
      outboundSlipId: row.documentId, vehiclePlate: office.random.pick(PLATES), driverName: personName(office.random), driverPhone: mobile(office.random),
    })
  }
}
