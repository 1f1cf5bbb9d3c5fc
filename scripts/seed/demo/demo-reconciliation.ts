import { person, withRole, type DemoOffice } from './demo-office'

// Issue 14's month-end reconciliation in the demo, through the router (R17): on the first workday of a month
// finance starts the month just ended; where the sides differ (a slip's customer copy not back, a receivable
// not booked) finance records the first such contract as a difference line that finance resolves; the sales
// manager signs for sales, finance for finance, and the month is locked. The last month's waits for finance's
// signature when finance has stopped working (its 财务方签认对帐 in 待办).

export async function reconciliationSitting(office: DemoOffice, month: string, options: { financeSigns: boolean }): Promise<void> {
  const finance = person(office, 'sunxy')
  const manager = withRole(office, 'sales_manager')[0]
  if (!manager) return
  const list = await finance.call('reconciliations.list', {})
  if (list.rows.some((r) => r.month === month) || list.blockedBy || (list.rows.length > 0 && list.nextMonth !== month)) return
  let view = await finance.call('reconciliations.start', { month })
  const differing = await finance.call('reconciliations.lines', { id: view.header.id, page: 1, pageSize: 1, onlyDiffering: true })
  const line = differing.rows[0]
  if (line) {
    view = await finance.call('reconciliations.recordDifference', {
      id: view.header.id, version: view.header.version, contractId: line.contractId, figure: 'receivable',
      salesFen: line.sales.receivableFen, financeFen: line.finance.receivableFen,
      explanation: '出库单客户联未回，财务尚未入帐', resolverSide: 'finance', resolverName: finance.name,
    })
  }
  view = await manager.call('reconciliations.signOff', { id: view.header.id, version: view.header.version, side: 'sales' })
  if (options.financeSigns) await finance.call('reconciliations.signOff', { id: view.header.id, version: view.header.version, side: 'finance' })
}
