import { Random } from '../random'
import { person, withRole, type DemoOffice } from './demo-office'
import { DemoPerson } from './demo-person'

// Issue 13 (first part) in the demo, through the router: the sales clerk opens 待派工 (contracts needing
// installation with goods out), issues a work order for the first one whose first payment has arrived
// (those held by it stay on the list, marked) and submits it; the sales managers approve it in their own
// sittings (signerSitting); service records the installers' result on the approved ones it finds in its
// 待办. The last days leave an approved work order in service's 待办.

const INSTALLERS = [[{ name: '钱师傅', phone: '13900000001' }], [{ name: '孙师傅', phone: '13900000002' }, { name: '李师傅', phone: '13900000003' }]]

export async function installationSitting(office: DemoOffice, plannedStart: string, plannedEnd: string): Promise<void> {
  const clerk = person(office, 'wangxl')
  const ready = (await clerk.call('workOrders.pendingInstallation', {})).find((c) => !c.heldByFirstPayment)
  if (!ready) return
  const prepared = await clerk.call('workOrders.prepare', { contractId: ready.contractId })
  const lines = prepared.lines.filter((l) => l.remaining > 0).map((l) => ({ contractLineNo: l.contractLineNo, quantity: l.remaining }))
  if (lines.length === 0) return
  const draft = await clerk.call('workOrders.save', {
    contractId: prepared.contractId, siteAddress: prepared.siteAddress, contactName: prepared.contactName || '现场负责人', contactPhone: prepared.contactPhone || '—',
    installers: office.random.pick(INSTALLERS), plannedStart, plannedEnd, lines,
  })
  await clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
}

export async function serviceSitting(office: DemoOffice, completedOn: string): Promise<void> {
  for (const service of withRole(office, 'service')) {
    const rows = (await service.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.docType === 'workOrder')
    for (const row of rows) {
      const view = await service.call('documents.get', { id: row.documentId })
      if (view.header.state !== 'approved') continue
      await service.call('workOrders.recordResult', { id: view.header.id, version: view.header.version, completedOn, notes: office.random.pick(['安装调试完毕，运行正常', '安装完毕，已培训操作人员']) })
    }
  }
}

/**
 * R13's sittings draw from a stream of their own and call as their own desk (the same people, signed in with
 * their own session, each call's minutes drawn from that stream): the office's random stream, which every
 * other sitting's choices and timings follow, stays as it was without them (see 99f7824).
 */
const streams = new WeakMap<DemoOffice, { random: Random; service: DemoPerson[] }>()
function acceptanceStream(office: DemoOffice): { random: Random; service: DemoPerson[] } {
  let stream = streams.get(office)
  if (!stream) {
    const random = new Random(0xa11c)
    stream = { random, service: withRole(office, 'service').map((p) => new DemoPerson(p.login, p.name, p.roles, office.ws, office.clock, random)) }
    streams.set(office, stream)
  }
  return stream
}

/**
 * Issue 13 (second part), R13: service re-accepts the rectifications it answered (all lines pass), answers the
 * standing ones (unless `answer` is false: the last days leave them open, overdue by the end), and records the
 * customer's acceptance of every completed work order in 待验收 — about one in three with the function check
 * failed (`failOdds`), which opens a rectification due 24 hours later.
 */
export async function acceptanceSitting(office: DemoOffice, signedOn: string, answer: boolean, failOdds = 0.35): Promise<void> {
  const stream = acceptanceStream(office)
  for (const service of stream.service) {
    for (const r of await service.call('rectifications.open', {})) {
      if (r.state === 'answered' && answer) {
        const prepared = await service.call('acceptances.prepare', { workOrderId: r.workOrderId, rectificationId: r.id })
        await service.call('acceptances.record', {
          workOrderId: r.workOrderId, rectificationId: r.id, signatory: stream.random.pick(SIGNATORIES), signedOn,
          lines: prepared.lines.map((l) => ({ workOrderLineNo: l.workOrderLineNo, quantity: l.remaining, appearanceOk: true, functionOk: true })),
        })
      } else if (answer) {
        const view = await service.call('documents.get', { id: r.id })
        await service.call('rectifications.answer', { id: r.id, version: view.header.version, answer: stream.random.pick(ANSWERS), doneBy: stream.random.pick(['钱师傅', '孙师傅、李师傅']) })
      }
    }
    for (const w of await service.call('acceptances.awaiting', {})) {
      const prepared = await service.call('acceptances.prepare', { workOrderId: w.workOrderId })
      const open = prepared.lines.filter((l) => l.remaining > 0)
      if (open.length === 0 || prepared.completedOn > signedOn) continue
      const fails = stream.random.chance(failOdds)
      await service.call('acceptances.record', {
        workOrderId: w.workOrderId, signatory: stream.random.pick(SIGNATORIES), signedOn, paperRef: `SD-YS-${w.workOrderNo.slice(-4)}`,
        ...(fails ? { responsible: stream.random.pick(['钱师傅', '孙师傅']) } : {}),
        lines: open.map((l, i) => ({
          workOrderLineNo: l.workOrderLineNo, quantity: l.remaining, appearanceOk: true, functionOk: !(fails && i === 0),
          ...(fails && i === 0 ? { problem: stream.random.pick(PROBLEMS) } : {}),
        })),
      })
    }
  }
}

const SIGNATORIES = ['周工（设备科）', '吴经理', '郑工'] as const
const PROBLEMS = ['启动后出口压力不足', '运行噪声偏大', '密封处渗漏'] as const
const ANSWERS = ['更换叶轮并重新调试，压力恢复', '重新校正联轴器，噪声正常', '更换机械密封，无渗漏'] as const

/** R13: service answers the standing rectifications (a sitting the day after the acceptances: most on time). */
export async function answerSitting(office: DemoOffice): Promise<void> {
  const stream = acceptanceStream(office)
  for (const service of stream.service) {
    for (const r of await service.call('rectifications.open', {})) {
      if (r.state !== 'approved') continue
      const view = await service.call('documents.get', { id: r.id })
      await service.call('rectifications.answer', { id: r.id, version: view.header.version, answer: stream.random.pick(ANSWERS), doneBy: stream.random.pick(['钱师傅', '孙师傅、李师傅']) })
    }
  }
}
