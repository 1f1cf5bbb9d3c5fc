import type { DocumentType } from './document-number'
import type { RoleKey } from './roles'

/**
 * Need-to-know (docs/need-to-know.md): the one place that decides which posts see which fields.
 * The core strips a field for a caller holding none of its roles (electron/core/auth/need-to-know.ts):
 * the field is then absent from the answer, never zero or blank, so "not yours to see" cannot be read
 * as "nothing there". Method access lists in shared/api use the same groups where a whole method is
 * refused. One person's posts add up: a field is shown if any post they hold sees it.
 */

const SALES: readonly RoleKey[] = ['sales_clerk', 'sales_manager', 'sales_head', 'sales_vp']
const FINANCE: readonly RoleKey[] = ['finance', 'finance_vp']

/** R1: 底价, 牌价 and 价格浮动权 — who prices, signs on price, or books the money; the general manager sets them. */
export const PRICE_READERS: readonly RoleKey[] = [...SALES, 'general_manager', ...FINANCE]

/** What a document sells for (单价, 金额, 预付款, 分期): the price readers, and legal who reviews the contract (R4). */
export const AMOUNT_READERS: readonly RoleKey[] = [...PRICE_READERS, 'legal']

/**
 * R6: a contract's prepayment as the production-notice gate reads it (应收预付款, 已到): the amount readers,
 * and the planner, whose submit is refused with both figures and who must know when to try again.
 */
export const PREPAYMENT_GATE_READERS: readonly RoleKey[] = [...AMOUNT_READERS, 'planner']

/** R2: rating, credit line and credit days — sales (who propose), the general manager (who approves), finance. */
export const CREDIT_READERS: readonly RoleKey[] = [...SALES, 'general_manager', ...FINANCE]

/** 开户行, 账号, 开票地址电话: finance, who invoices and books the customer's payments (R14, R15). */
export const BANK_READERS: readonly RoleKey[] = [...FINANCE]

/**
 * Who may open a document of a type without acting on it. Whoever drafted it or holds (or held) a
 * task on it may always open it: that is the document they act on.
 */
export const DOCUMENT_READERS: Readonly<Partial<Record<DocumentType, readonly RoleKey[]>>> = {
  application: AMOUNT_READERS,
  contract: AMOUNT_READERS,
  creditChange: CREDIT_READERS,
  // R14: money received is finance's book; the general manager oversees it. Not the gate or the store.
  payment: [...FINANCE, 'general_manager'],
  // R6: quantities and dates only; the planner compiles, the sales VP signs, production makes.
  productionNotice: [...AMOUNT_READERS, 'planner', 'production', 'qc', 'warehouse'],
  // R7: goods, not money — whoever makes, inspects, stores, plans or sells them may read an inbound slip.
  inbound: ['production', 'qc', 'warehouse', 'guard', 'planner', ...SALES, 'general_manager', ...FINANCE],
  // R8: sales and finance; the warehouse and the guard read the notes they act on (quantities only, issue 12's outbound).
  dispatchNote: [...AMOUNT_READERS, 'warehouse', 'guard'],
  // R10: the slip the goods left by: sales, finance (the receivable books it), the warehouse and the gate (quantities only).
  outboundSlip: [...AMOUNT_READERS, 'warehouse', 'guard'],
  // Issue 12 出门证: no money on it; sales, finance and the warehouse follow their goods out, the guard registers it.
  gatePass: [...AMOUNT_READERS, 'warehouse', 'guard'],
  // R12: sales issue and approve it; service records the result (site, products, quantities; never money).
  workOrder: [...AMOUNT_READERS, 'service'],
  // R13: the customer's acceptance and its rectifications carry no money: sales and service (who records and answers them).
  acceptance: [...AMOUNT_READERS, 'service'],
  rectification: [...AMOUNT_READERS, 'service'],
  // R15: sales ask for invoices, finance records them, the finance VP approves, the GM oversees.
  invoice: [...SALES, ...FINANCE, 'general_manager'],
  // R16: a person's pay — finance and the finance VP review it, the GM approves it; the clerk who fills it and the salesperson it is for open it as theirs (commission-kind.ts openedBy).
  commission: [...FINANCE, 'general_manager'],
}

export type NeedToKnow = readonly RoleKey[]

/** Whether one of these posts has the need. */
export function sees(roles: readonly RoleKey[], readers: NeedToKnow): boolean {
  return roles.some((r) => readers.includes(r))
}
