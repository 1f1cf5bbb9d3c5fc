import { person, withRole, type DemoOffice } from './demo-office'

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
