import type { OpenedWorkstation } from '../../../electron/core/open-workstation'
import { openContractOffice, type ContractOffice } from './contract-office'
import { openMoreWorkstations, sameUserOn } from './pg-workstations'
import { onPostgres } from './test-backend'
import type { TestClient } from './test-workstation'

/**
 * A contract office and a second desk on it, for "two people at the same moment" tests. On PostgreSQL the
 * second desk is another workstation (its own pool and connections); on SQLite one file is one workstation
 * (see numbering.test.ts), so the second desk is the first one and both calls go through its serial queue.
 */
export interface TwoDesks {
  o: ContractOffice
  /** The person at the second desk (the same desk on SQLite). */
  atDesk2(person: TestClient): TestClient
  close(): Promise<void>
}

export async function openTwoDesks(): Promise<TwoDesks> {
  const o = await openContractOffice()
  const desk2: OpenedWorkstation | null = onPostgres ? ((await openMoreWorkstations(o.office, 1))[0] ?? null) : null
  return {
    o,
    atDesk2: (person) => (desk2 ? sameUserOn(desk2, person) : person),
    async close() {
      await desk2?.close()
      await o.office.close()
    },
  }
}
