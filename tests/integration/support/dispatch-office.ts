import type { InputOf } from '../../../shared/api'
import { PASSWORD, type TestClient } from './test-workstation'
import { openKeptOffice } from './office-snapshot'
import { openPaymentOffice, paymentFactsOf, paymentOffice, type PaymentOffice } from './payment-office'

/** The payment office with the goods posts: signed contracts, stock by posted inbound slips, and credit terms by R2's change. */
export interface DispatchOffice extends PaymentOffice {
  qc: TestClient
  production: TestClient
  /** Puts `quantity` pumps (unless told) into stock by a certificate and a posted inbound slip. */
  stock(quantity: number, productId?: number): Promise<void>
  /** R2: the clerk proposes, the general manager approves the customer's rating, limit and days. */
  setCredit(rating: 'A' | 'B' | 'C' | 'D' | 'E', creditLimitFen: number, creditDays?: number): Promise<void>
  /** A dispatch note's input for a contract: line 1, `quantity` pumps, valid a week from 2026-11-20. */
  noteInput(contractId: number, quantity?: number, overrides?: Partial<InputOf<'dispatchNotes.save'>>): InputOf<'dispatchNotes.save'>
  /** Moves the clock on by whole days and signs the sales, finance and warehouse posts in again (sessions expire when idle). */
  later(days: number): Promise<void>
  /** Saves and submits a note as the clerk; the view after submit. */
  submitted(contractId: number, quantity?: number): ReturnType<PaymentOffice['clerk']['call']>
}

export async function openDispatchOffice(): Promise<DispatchOffice> {
  const { office, facts } = await openKeptOffice('dispatch office', async () => {
    const built = await openPaymentOffice()
    const qc = await built.office.person('qc', ['qc'], '孙质检')
    const production = await built.office.person('production', ['production'], '钱生产')
    return { office: built.office, facts: { ...paymentFactsOf(built), qc, production } }
  })
  const { qc, production } = facts
  const p = paymentOffice(office, facts)
  const o: DispatchOffice = {
    ...p, qc, production,
    async stock(quantity, productId = p.pumpId) {
      const cert = await qc.call('qcCertificates.issue', { productId, quantity, batchNo: 'B2611-01', inspectedOn: '2026-11-19' })
      const draft = await production.call('inbound.create', { receivedOn: '2026-11-20', lines: [{ productId, quantity, certificateId: cert.id }] })
      const sent = await production.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
      await p.warehouse.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    },
    async setCredit(rating, creditLimitFen, creditDays = 30) {
      const proposal = await p.clerk.call('creditChanges.propose', { customerId: p.customerId, rating, creditLimitFen, creditDays, reason: '测试信用' })
      await p.gm.call('documents.act', { id: proposal.header.id, version: proposal.header.version, action: 'approve' })
    },
    noteInput(contractId, quantity = 2, overrides = {}) {
      return {
        contractId, deliveryAddress: '上海市浦东新区张江路 100 号', contactName: '赵经理', contactPhone: '13800000000', carrier: '顺丰物流', validUntil: '2026-11-27',
        lines: [{ contractLineNo: 1, quantity }], ...overrides,
      }
    },
    async later(days) {
      p.office.clock.advance(days * 86_400_000)
      const people: Array<[TestClient, string]> = [[p.clerk, 'clerk'], [p.manager, 'manager'], [p.gm, 'gm'], [p.head, 'head'], [p.finance, 'finance'], [p.warehouse, 'warehouse'], [qc, 'qc'], [production, 'production']]
      for (const [client, login] of people) await client.call('auth.login', { login, password: PASSWORD })
    },
    async submitted(contractId, quantity = 2) {
      const draft = await p.clerk.call('dispatchNotes.save', o.noteInput(contractId, quantity))
      return p.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    },
  }
  return o
}
