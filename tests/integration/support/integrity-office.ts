import type { DocumentView } from '../../../shared/api'
import type { WorkflowDefinition } from '../../../electron/core/workflow/definition'
import { openContractOffice, type ContractOffice } from './contract-office'
import { saveChain } from './save-chain'
import { openGoodsOffice } from './goods-office'
import { PASSWORD } from './test-workstation'

/** The documents of an office built for the integrity rules, one in each position a rule reads. */
export interface IntegrityOffice extends ContractOffice {
  /** 已转合同 (contracted) and closed by its drafter (R19). */
  contractedApplication: number
  /** Its contract: countersigned by legal and finance (two of three), approved, sealed once (R4). */
  signedContract: number
  /** A contract waiting at its countersign step: legal has signed, finance's and the general manager's tasks are open. */
  halfSignedContract: number
  /** A contract just submitted: the three countersign roles' tasks are open. */
  submittedContract: number
  /** An application waiting for the drafter's own manager, named on the route. */
  pendingApplication: number
  /** Approved by the general manager: the customer's terms are its (R2); closed by its drafter. */
  creditChange: number
  /** R14: ¥10,000.00 received, ¥6,900.00 (the signed contract's prepayment) allocated to it, the rest an advance. */
  payment: number
  /** R6: the signed contract's production notice, signed by the sales VP: the contract is 已排产. */
  notice: number
  /** R7: an inbound slip of 3 pumps, posted by the warehouse (stock rose), and the certificate it carries. */
  postedInbound: number
  postedCertificate: number
  /** An inbound slip of 2 pumps still a draft, with its own certificate (held, no stock yet). */
  draftInbound: number
  /** R8: a dispatch note of the signed contract's 2 pumps, approved by the clerk's manager (it reserves them). */
  dispatchNote: number
  /** R10: a posted outbound slip of 1 of the note's 2. */
  outboundSlip: number
  /** Issue 12: the slip's gate pass, registered by the guard (已放行), after a first one voided to correct it. */
  gatePass: number
  voidedGatePass: number
  /** R12: a work order installing that 1 pump (the prepayment, the first payment, is in), approved by the manager. */
  workOrder: number
  /** R13: the work order completed by service, and its acceptance with the function check failed, which opened this rectification. */
  acceptance: number
  rectification: number
  /** R15: an invoice request of ¥10,000.00 on the signed contract (collected 60 %), approved by the finance VP, its number recorded, ¥4,000.00 of it red-lettered (R24). */
  invoice: number
  /** R17: November's reconciliation (started 1 December): two difference lines (the second corrects the first), signed by both sides, locked. */
  reconciliation: number
}

/**
 * The contracts of this office are countersigned (会签) by two of finance, legal and the general manager
 * ("n of m": the third role's task closes when the second signs): the office's edited chain, written as
 * countersign.test.ts does, through the administrator's chain editor (workflow.save).
 */
const COUNTERSIGN_CHAIN: WorkflowDefinition = {
  docType: 'contract',
  name: '销售合同会签',
  steps: [{ key: 'review', name: '财务法务总经理会签', actor: { kind: 'countersign', roles: ['finance', 'legal', 'general_manager'], need: 2 } }],
}

type Person = ContractOffice['clerk']
const act = (who: Person, view: DocumentView, action: 'submit' | 'approve' | 'close') =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action })

/** An office built through the API on the suite's backend: an application approved and contracted, countersigns, a credit change, closings. */
export async function openIntegrityOffice(): Promise<IntegrityOffice> {
  const o = await openContractOffice()
  await o.office.admin.call('users.setManager', { userId: o.clerk.id, managerUserId: o.manager.id })
  await saveChain(o.office.admin, COUNTERSIGN_CHAIN)
  const contractOf = async (applicationId: number) =>
    act(o.head, await o.head.call('contracts.createFromApplication', { applicationId, customerContractNo: '', signedOn: '2026-11-20' }), 'submit')

  const contractedApplication = await o.approvedApplication()
  const signed = await act(o.finance, await act(o.legal, await contractOf(contractedApplication), 'approve'), 'approve')
  await o.head.call('seal.use', { contractId: signed.header.id, copies: 2, purpose: '合同签订' })
  await act(o.clerk, await o.clerk.call('documents.get', { id: contractedApplication }), 'close')

  const halfSigned = await act(o.legal, await contractOf(await o.approvedApplication()), 'approve')
  const submitted = await contractOf(await o.approvedApplication())
  const pending = await act(o.clerk, await o.clerk.call('applications.save', o.applicationInput()), 'submit')

  const proposal = await o.finance.call('creditChanges.propose', { customerId: o.customerId, rating: 'B', creditLimitFen: 50_000_000, creditDays: 60, reason: '合作三年，回款及时' })
  await act(o.finance, await act(o.gm, proposal, 'approve'), 'close')

  const goods = await openGoodsOffice(o)
  const postedCertificate = await goods.certificate({ quantity: 3 })
  const postedInbound = await goods.postedInbound(postedCertificate, o.pumpId, 3)
  const draftInbound = (await goods.inbound([{ certificateId: await goods.certificate({ quantity: 2 }), quantity: 2 }])) as { ok: true; data: DocumentView }

  const paid = await o.finance.call('payments.record', {
    customerId: o.customerId, receivedOn: '2026-11-20', amountFen: 1_000_000, method: { kind: 'transfer', bank: '工商银行', reference: 'TX-1' },
    allocations: [{ contractId: signed.header.id, amountFen: 690_000 }],
  })
  const planner = goods.planner
  const salesVp = await o.office.person('salesvp', ['sales_vp'], '钱副总')
  const notice = await planner.call('productionNotices.save', { contractId: signed.header.id, lines: [{ contractLineNo: 1, quantity: 2, requiredDate: '2026-12-20' }] })
  await act(salesVp, await act(planner, notice, 'submit'), 'approve')
  const dispatch = await o.clerk.call('dispatchNotes.save', {
    contractId: signed.header.id, deliveryAddress: '上海市浦东新区张江路 100 号', contactName: '赵经理', contactPhone: '13800000000', carrier: '德邦物流',
    validUntil: '2026-12-31', lines: [{ contractLineNo: 1, quantity: 2 }],
  })
  await act(o.manager, await act(o.clerk, dispatch, 'submit'), 'approve')
  // R10: one of the two goes out (the note 部分出库, the contract 部分发货).
  const outbound = await goods.warehouse.call('outboundSlips.post', { dispatchNoteId: dispatch.header.id, postedOn: '2026-11-20', lines: [{ noteLineNo: 1, quantity: 1 }] })
  // Issue 12: the guard registers its pass, voids it (a wrong plate) and registers it again.
  const wrongPass = await goods.guard.call('gatePasses.register', { outboundSlipId: outbound.header.id, vehiclePlate: '沪A·D1243', driverName: '王师傅' })
  await goods.guard.call('documents.act', { id: wrongPass.header.id, version: wrongPass.header.version, action: 'void' })
  const pass = await goods.guard.call('gatePasses.register', { outboundSlipId: outbound.header.id, vehiclePlate: '沪A·D1234', driverName: '王师傅' })

  const workOrder = await o.clerk.call('workOrders.save', {
    contractId: signed.header.id, siteAddress: '上海市浦东新区张江路 100 号', contactName: '赵经理', contactPhone: '13800000000',
    installers: [{ name: '钱师傅', phone: '13900000001' }], plannedStart: '2026-11-23', plannedEnd: '2026-11-24', lines: [{ contractLineNo: 1, quantity: 1 }],
  })
  const approvedOrder = await act(o.manager, await act(o.clerk, workOrder, 'submit'), 'approve')
  // R13: service records the result, then the customer's acceptance with the function check failed: a rectification opens.
  const service = await o.office.person('service', ['service'], '宋售后')
  const completed = await service.call('workOrders.recordResult', { id: approvedOrder.header.id, version: approvedOrder.header.version, completedOn: '2026-11-20', notes: '安装完毕' })
  const acceptance = await service.call('acceptances.record', {
    workOrderId: completed.header.id, signatory: '周工', signedOn: '2026-11-20', responsible: '钱师傅',
    lines: [{ workOrderLineNo: 1, quantity: 1, appearanceOk: true, functionOk: false, problem: '压力不足' }],
  })
  const rectification = (acceptance.body as { openedRectificationId: number }).openedRectificationId

  // R15: the contract collected to 60 % (¥13,800.00 of ¥23,000.00); an invoice for part of what is shipped, recorded, part red-lettered (R24).
  await o.finance.call('payments.record', {
    customerId: o.customerId, receivedOn: '2026-11-20', amountFen: 690_000, method: { kind: 'transfer', bank: '工商银行', reference: 'TX-2' },
    allocations: [{ contractId: signed.header.id, amountFen: 690_000 }],
  })
  const financeVp = await o.office.person('financevp', ['finance_vp'], '吴副总')
  const invoice = await act(financeVp, await act(o.clerk, await o.clerk.call('invoices.save', { contractId: signed.header.id, amountFen: 1_000_000 }), 'submit'), 'approve')
  await o.finance.call('invoices.record', { requestId: invoice.header.id, number: { kind: 'digital', number: '26312000000000000001' }, issuedOn: '2026-11-20', amountFen: 1_000_000 })
  await o.finance.call('invoices.redLetter', { requestId: invoice.header.id, confirmationNo: '4403123456789012', redOn: '2026-11-20', amountFen: 400_000, reason: '折让' })

  // R17: November reconciled on 1 December — a difference recorded and corrected, signed by both sides, locked.
  o.office.clock.advance(11 * 86_400_000)
  for (const [client, login] of [[o.manager, 'manager'], [o.finance, 'finance']] as const) await client.call('auth.login', { login, password: PASSWORD })
  const dz = await o.finance.call('reconciliations.start', { month: '2026-11' })
  const noted = await o.finance.call('reconciliations.recordDifference', {
    id: dz.header.id, version: dz.header.version, contractId: signed.header.id, figure: 'receivable', explanation: '客户联未回', resolverSide: 'finance', resolverName: '刘会计',
  })
  const corrected = await o.manager.call('reconciliations.recordDifference', {
    id: dz.header.id, version: noted.header.version, contractId: signed.header.id, figure: 'receivable', explanation: '客户联已寄出', resolverSide: 'sales', resolverName: '李建国', correctsLineNo: 1,
  })
  const salesSigned = await o.manager.call('reconciliations.signOff', { id: dz.header.id, version: corrected.header.version, side: 'sales' })
  await o.finance.call('reconciliations.signOff', { id: dz.header.id, version: salesSigned.header.version, side: 'finance' })

  return {
    ...o,
    reconciliation: dz.header.id,
    invoice: invoice.header.id,
    workOrder: workOrder.header.id,
    acceptance: acceptance.header.id,
    rectification,
    payment: paid.header.id,
    gatePass: pass.header.id,
    voidedGatePass: wrongPass.header.id,
    notice: notice.header.id,
    dispatchNote: dispatch.header.id,
    outboundSlip: outbound.header.id,
    postedInbound, postedCertificate, draftInbound: draftInbound.data.header.id,
    contractedApplication,
    signedContract: signed.header.id,
    halfSignedContract: halfSigned.header.id,
    submittedContract: submitted.header.id,
    pendingApplication: pending.header.id,
    creditChange: proposal.header.id,
  }
}
