import type { TestClient } from './test-workstation'

/** R17 before R19: the month's reconciliation started by finance and signed by both sides (locked), so its closing may run. */
export async function lockReconciliation(month: string, sales: TestClient, finance: TestClient): Promise<number> {
  const dz = await finance.call('reconciliations.start', { month })
  const signed = await sales.call('reconciliations.signOff', { id: dz.header.id, version: dz.header.version, side: 'sales' })
  await finance.call('reconciliations.signOff', { id: dz.header.id, version: signed.header.version, side: 'finance' })
  return dz.header.id
}
