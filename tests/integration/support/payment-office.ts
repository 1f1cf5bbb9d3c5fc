import type { InputOf } from '../../../shared/api'
import { contractFactsOf, contractOffice, openContractOffice, type ContractOffice } from './contract-office'
import { openKeptOffice } from './office-snapshot'
import type { TestClient, TestOffice } from './test-workstation'

type Person = TestClient & { id: number }

export interface PaymentOffice extends ContractOffice {
  planner: Person
  salesVp: Person
  financeVp: Person
  warehouse: Person
  guard: Person
  /** An approved application made into a contract and countersigned: 2 pumps, ¥23,000.00, 30 % prepayment (¥6,900.00). */
  signedContract(overrides?: Partial<InputOf<'applications.save'>>): Promise<number>
  transfer(amountFen: number, allocations?: Array<{ contractId: number; amountFen: number }>): InputOf<'payments.record'>
}

export async function openPaymentOffice(): Promise<PaymentOffice> {
  const { office, facts } = await openKeptOffice('payment office', async () => {
    const c = await openContractOffice()
    const planner = await c.office.person('planner', ['planner'], '孙计划')
    const salesVp = await c.office.person('salesvp', ['sales_vp'], '钱副总')
    const financeVp = await c.office.person('financevp', ['finance_vp'], '吴副总')
    const warehouse = await c.office.person('warehouse', ['warehouse'], '郑仓管')
    const guard = await c.office.person('guard', ['guard'], '冯门卫')
    return { office: c.office, facts: { ...contractFactsOf(c), planner, salesVp, financeVp, warehouse, guard } }
  })
  return paymentOffice(office, facts)
}

type PaymentFacts = ReturnType<typeof contractFactsOf> & Pick<PaymentOffice, 'planner' | 'salesVp' | 'financeVp' | 'warehouse' | 'guard'>

/** A payment office's people and ids, for a builder that adds to it (dispatch-office.ts). */
export function paymentFactsOf(p: PaymentOffice): PaymentFacts {
  const { planner, salesVp, financeVp, warehouse, guard } = p
  return { ...contractFactsOf(p), planner, salesVp, financeVp, warehouse, guard }
}

/** The builder's people and ids with the office's helpers: on the office just built, or on a copy of it. */
export function paymentOffice(office: TestOffice, facts: PaymentFacts): PaymentOffice {
  const o = contractOffice(office, facts)
  return {
    ...o, ...facts,
    async signedContract(overrides) {
      const applicationId = await o.approvedApplication(overrides)
      const contract = await o.head.call('contracts.createFromApplication', { applicationId, customerContractNo: 'SD-1', signedOn: '2026-11-20' })
      const submitted = await o.head.call('documents.act', { id: contract.header.id, version: contract.header.version, action: 'submit' })
      await o.finance.call('documents.act', { id: contract.header.id, version: submitted.header.version, action: 'approve' })
      return contract.header.id
    },
    transfer(amountFen, allocations = []) {
      return { customerId: o.customerId, receivedOn: '2026-11-20', amountFen, method: { kind: 'transfer', bank: '工商银行张江支行', reference: 'TX-001' }, allocations }
    },
  }
}
