import type { InputOf } from '../../../shared/api'
import { prepaymentFen } from '../../../shared/discount'
import { openKeptOffice } from './office-snapshot'
import { openTestOffice, type TestClient, type TestOffice } from './test-workstation'

type Person = TestClient & { id: number }

export interface ContractOffice {
  office: TestOffice
  clerk: Person
  manager: Person
  gm: Person
  head: Person
  finance: Person
  legal: Person
  pumpId: number
  valveId: number
  customerId: number
  /** An application for 2 pumps at a price, with 30 % prepayment and the rest in one instalment. */
  applicationInput(overrides?: Partial<InputOf<'applications.save'>> & { unitPriceFen?: number }): InputOf<'applications.save'>
  /** Drafts, submits and has the manager and general manager approve an application; returns its id. */
  approvedApplication(overrides?: Partial<InputOf<'applications.save'>>): Promise<number>
}

export const PUMP_LIST = 1_200_000 // 12,000.00 元
export const PUMP_FLOOR = 1_000_000 // 10,000.00 元

/** An office with one person per role of the contract chain, a product list, a policy in force and a customer. */
export async function openContractOffice(options: { gmAuthorityBps?: number | null } = {}): Promise<ContractOffice> {
  const gmAuthorityBps = options.gmAuthorityBps === undefined ? null : options.gmAuthorityBps
  const { office, facts } = await openKeptOffice(`contract office, general manager's authority ${gmAuthorityBps}`, () => buildContractOffice(gmAuthorityBps))
  return contractOffice(office, facts)
}

type ContractFacts = Pick<ContractOffice, 'clerk' | 'manager' | 'gm' | 'head' | 'finance' | 'legal' | 'pumpId' | 'valveId' | 'customerId'>

/** A contract office's people and ids, for a builder that adds to it (payment-office.ts). */
export function contractFactsOf(o: ContractOffice): ContractFacts {
  const { clerk, manager, gm, head, finance, legal, pumpId, valveId, customerId } = o
  return { clerk, manager, gm, head, finance, legal, pumpId, valveId, customerId }
}

async function buildContractOffice(gmAuthorityBps: number | null): Promise<{ office: TestOffice; facts: ContractFacts }> {
  const office = await openTestOffice()
  const clerk = await office.person('clerk', ['sales_clerk'], '王小丽')
  const manager = await office.person('manager', ['sales_manager'], '李建国')
  const gm = await office.person('gm', ['general_manager'], '张总')
  const head = await office.person('head', ['sales_head'], '陈主管')
  const finance = await office.person('finance', ['finance'], '刘会计')
  const legal = await office.person('legal', ['legal'], '周律师')
  const pump = await office.admin.call('products.save', { code: 'IS100-80', name: '单级离心泵', spec: 'IS100-80-160 15kW', unit: '台' })
  const valve = await office.admin.call('products.save', { code: 'Z41H-100', name: '闸阀', spec: 'DN100 PN16', unit: '只' })
  await gm.call('priceLists.issue', {
    effectiveFrom: '2026-11-20',
    items: [
      { productId: pump.id, listPriceFen: PUMP_LIST, floorPriceFen: PUMP_FLOOR },
      { productId: valve.id, listPriceFen: 85_000, floorPriceFen: 70_000 },
    ],
    authorities: [
      { role: 'sales_manager', maxBelowFloorBps: 500 },
      { role: 'general_manager', maxBelowFloorBps: gmAuthorityBps },
    ],
  })
  const customer = await clerk.call('customers.save', {
    name: '上海申达机电有限公司', creditCode: '91310000132149237G', address: '上海市浦东新区张江路 100 号', bankName: '工商银行张江支行',
    bankAccount: '1001 2345 6789 0123', taxAddressPhone: '上海市浦东新区张江路 100 号 021-58880000', contacts: [{ name: '赵经理', phone: '13800000000', title: '采购' }],
  })
  return { office, facts: { clerk, manager, gm, head, finance, legal, pumpId: pump.id, valveId: valve.id, customerId: customer.id } }
}

/** The builder's people and ids with the office's helpers: on the office just built, or on a copy of it. */
export function contractOffice(office: TestOffice, facts: ContractFacts): ContractOffice {
  const { clerk, manager, gm } = facts
  const applicationInput: ContractOffice['applicationInput'] = (overrides = {}) => {
    const { unitPriceFen = 1_150_000, ...rest } = overrides
    const lines = rest.lines ?? [{ productId: facts.pumpId, quantity: 2, unitPriceFen }]
    const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0)
    const prepaymentBps = rest.prepaymentBps ?? 3000
    return {
      customerId: facts.customerId,
      deliveryDate: '2026-12-31',
      prepaymentBps,
      instalments: [{ label: '提货款', dueDate: '2026-12-31', amountFen: total - prepaymentFen(total, prepaymentBps) }],
      installationNeeded: true,
      ...rest,
      lines,
    }
  }
  const result: ContractOffice = {
    office, ...facts, applicationInput,
    async approvedApplication(overrides) {
      const draft = await clerk.call('applications.save', applicationInput(overrides))
      let view = await clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
      view = await manager.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve', comment: '同意' })
      view = await gm.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve' })
      return view.header.id
    },
  }
  return result
}
