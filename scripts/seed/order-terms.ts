import { prepaymentFen } from '../../shared/discount'
import { dayText } from './calendar'
import type { Random } from './random'
import { APPLICATION_NOTES, NON_STANDARD_TERMS } from './texts'

// What a sales clerk puts on a contract application (R1, R3): products from the price list in force,
// a price between list and floor (now and then below the floor, within someone's 价格浮动权), a
// prepayment, and instalments that add up to the amount to the fen. Shared by the bulk office and the
// demo, so both draft the same kind of orders.

export interface PolicyItem {
  productId: number
  listPriceFen: number
  floorPriceFen: number
  typicalQuantity: number
}

export interface OrderLine {
  productId: number
  quantity: number
  unitPriceFen: number
}

/** How the money is to be paid; fixed when drafting, so an edited amount re-splits the same way. */
export interface PaymentPlan {
  prepaymentBps: number
  shape: 1 | 2 | 3
  retentionBps: number
  deliveryDay: number
}

export interface Instalment {
  label: string
  dueDate: string
  amountFen: number
}

export interface DraftOrder {
  lines: OrderLine[]
  plan: PaymentPlan
  installationNeeded: boolean
  nonStandardTerms: string | null
  note: string | null
}

const wholeYuan = (fen: number) => Math.max(100, Math.round(fen / 100) * 100)

function unitPrice(random: Random, item: PolicyItem): number {
  const band = random.weighted([['list', 55], ['nearFloor', 33], ['managerDiscount', 10], ['gmDiscount', 2]] as const)
  switch (band) {
    case 'list':
      return wholeYuan(item.listPriceFen * (1 - random.between(0, 0.06)))
    case 'nearFloor':
      return Math.min(item.listPriceFen, wholeYuan(item.floorPriceFen * (1 + random.between(0, 0.06))))
    // R1: within the sales manager's 5 %, or beyond it for the general manager.
    case 'managerDiscount':
      return wholeYuan(item.floorPriceFen * (1 - random.between(0.005, 0.045)))
    case 'gmDiscount':
      return wholeYuan(item.floorPriceFen * (1 - random.between(0.06, 0.12)))
  }
}

/** A fresh order: 1–12 distinct products, quantities around what this customer usually buys. */
export function draftOrder(random: Random, drawItem: () => PolicyItem, today: number, sizeFactor: number): DraftOrder {
  const lineCount = random.weighted([[1, 35], [2, 25], [3, 17], [4, 10], [5, 6], [6, 3], [8, 2], [12, 2]] as const)
  const chosen = new Map<number, PolicyItem>()
  for (let tries = 0; chosen.size < lineCount && tries < lineCount * 4; tries++) {
    const item = drawItem()
    chosen.set(item.productId, item)
  }
  const lines = [...chosen.values()].map((item) => ({
    productId: item.productId,
    quantity: Math.min(100_000, Math.max(1, Math.round(random.logNormal(item.typicalQuantity * sizeFactor, 0.7)))),
    unitPriceFen: unitPrice(random, item),
  }))
  const installationNeeded = random.chance(0.4)
  return {
    lines,
    plan: {
      prepaymentBps: random.weighted([[0, 20], [3000, 45], [5000, 20], [2000, 8], [4000, 7]] as const),
      shape: installationNeeded ? random.weighted([[2, 1], [3, 3]] as const) : random.weighted([[1, 4], [2, 5], [3, 1]] as const),
      retentionBps: random.pick([500, 500, 1000]),
      deliveryDay: today + random.int(20, 75),
    },
    installationNeeded,
    nonStandardTerms: random.chance(0.08) ? random.pick(NON_STANDARD_TERMS) : null,
    note: random.chance(0.3) ? random.pick(APPLICATION_NOTES) : null,
  }
}

/** After "单价低于底价较多": every line below its floor goes back up to the floor. */
export function raisedToFloor(lines: OrderLine[], floorOf: (productId: number) => number): OrderLine[] {
  return lines.map((l) => ({ ...l, unitPriceFen: Math.max(l.unitPriceFen, Math.ceil(floorOf(l.productId) / 100) * 100) }))
}

export function amountOf(lines: OrderLine[]): number {
  return lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0)
}

/** The instalments after the prepayment: 提货款, then 验收款 and 质保金 by the plan's shape; each > 0. */
export function instalmentsFor(amountFen: number, plan: PaymentPlan): Instalment[] {
  const rest = amountFen - prepaymentFen(amountFen, plan.prepaymentBps)
  const due = (days: number) => dayText(plan.deliveryDay + days)
  if (rest <= 0) return []
  const retention = Math.round((amountFen * plan.retentionBps) / 10_000)
  const acceptance = Math.round(rest * 0.3)
  if (plan.shape === 3 && retention > 0 && acceptance > 0 && rest - acceptance - retention > 0)
    return [
      { label: '提货款', dueDate: due(0), amountFen: rest - acceptance - retention },
      { label: '验收款', dueDate: due(30), amountFen: acceptance },
      { label: '质保金', dueDate: due(365), amountFen: retention },
    ]
  if (plan.shape >= 2 && retention > 0 && rest - retention > 0)
    return [
      { label: '提货款', dueDate: due(0), amountFen: rest - retention },
      { label: '质保金', dueDate: due(365), amountFen: retention },
    ]
  return [{ label: '提货款', dueDate: due(0), amountFen: rest }]
}
