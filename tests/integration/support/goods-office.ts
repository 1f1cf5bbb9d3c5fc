import type { InputOf } from '../../../shared/api'
import { openContractOffice, type ContractOffice } from './contract-office'
import type { TestClient } from './test-workstation'

type Person = TestClient & { id: number }

/** The contract office with the posts of issue 11's goods half: qc, production, warehouse, guard, planner. */
export interface GoodsOffice extends ContractOffice {
  qc: Person
  production: Person
  warehouse: Person
  guard: Person
  planner: Person
  /** qc issues a certificate (a pump, 5, unless told). */
  certificate(overrides?: Partial<InputOf<'qcCertificates.issue'>>): Promise<number>
  /** production fills an inbound slip with one line per certificate given (product and quantity from it unless told). */
  inbound(lines: Array<{ certificateId?: number; productId?: number; quantity: number }>): ReturnType<TestClient['raw']>
  /** Fills, submits and has the warehouse sign (post) an inbound slip of one certificate; returns its id. */
  postedInbound(certificateId: number, productId: number, quantity: number, warehouse?: TestClient): Promise<number>
}

export async function openGoodsOffice(base?: ContractOffice): Promise<GoodsOffice> {
  const o = base ?? (await openContractOffice())
  const qc = await o.office.person('qc', ['qc'], '孙质检')
  const production = await o.office.person('production', ['production'], '钱生产')
  const warehouse = await o.office.person('warehouse', ['warehouse'], '吴仓管')
  const guard = await o.office.person('guard', ['guard'], '郑门卫')
  const planner = await o.office.person('planner', ['planner'], '冯计划')
  const g: GoodsOffice = {
    ...o, qc, production, warehouse, guard, planner,
    async certificate(overrides = {}) {
      const cert = await qc.call('qcCertificates.issue', { productId: o.pumpId, quantity: 5, batchNo: 'B2611-01', inspectedOn: '2026-11-19', ...overrides })
      return cert.id
    },
    inbound(lines) {
      return production.raw('inbound.create', { receivedOn: '2026-11-20', lines: lines.map((l) => ({ productId: l.productId ?? o.pumpId, ...l })) })
    },
    async postedInbound(certificateId, productId, quantity, signer = warehouse) {
      const draft = await production.call('inbound.create', { receivedOn: '2026-11-20', lines: [{ productId, quantity, certificateId }] })
      const sent = await production.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
      await signer.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
      return draft.header.id
    },
  }
  return g
}
