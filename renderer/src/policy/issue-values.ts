import type { Dayjs } from 'dayjs'
import { priceListIssueInput, type InputOf, type PriceListDto } from '../../../shared/api'
import { plainYuan } from '../../../shared/money'
import { parsePercent, percentText } from '../../../shared/percent'
import type { RoleKey } from '../../../shared/roles'
import { fenOf } from './yuan-input'

// The 发布新价目表 form keeps amounts and percentages as the text the user typed; they become fen and
// basis points only here, through parseYuan / parsePercent (R23: never a float).

export interface IssueItemValues {
  productId?: number
  listPrice: string
  floorPrice: string
}

export interface IssueAuthorityValues {
  role?: RoleKey
  unlimited: boolean
  percent: string
}

export interface IssueValues {
  effectiveFrom?: Dayjs
  note?: string
  items: IssueItemValues[]
  authorities: IssueAuthorityValues[]
}

/** The core's own schemas for one line and one authority: inline messages are the core's sentences. */
export const itemSchema = priceListIssueInput.shape.items.element
export const authorityBpsSchema = priceListIssueInput.shape.authorities.element.shape.maxBelowFloorBps

/** R1 defaults when there is nothing to start from: sales manager up to 5 % below floor, GM without limit. */
const DEFAULT_AUTHORITIES: IssueAuthorityValues[] = [
  { role: 'sales_manager', unlimited: false, percent: '5' },
  { role: 'general_manager', unlimited: true, percent: '' },
]

export const EMPTY_ITEM: IssueItemValues = { listPrice: '', floorPrice: '' }

/** The form's starting values: a copy of `source` (the version in force, or one chosen), or empty. */
export function initialIssueValues(source: PriceListDto | null): IssueValues {
  if (!source) return { items: [{ ...EMPTY_ITEM }], authorities: DEFAULT_AUTHORITIES.map((a) => ({ ...a })) }
  return {
    items: source.items.map((item) => ({
      productId: item.productId,
      listPrice: plainYuan(item.listPriceFen),
      floorPrice: plainYuan(item.floorPriceFen),
    })),
    authorities: source.authorities.map((a) => ({
      role: a.role,
      unlimited: a.maxBelowFloorBps === null,
      percent: a.maxBelowFloorBps === null ? '' : percentText(a.maxBelowFloorBps),
    })),
  }
}

/** Validated form values → the API input. Callers run validateFields first; a gap here is a bug. */
export function toIssueInput(values: IssueValues): InputOf<'priceLists.issue'> {
  if (!values.effectiveFrom) throw new Error('effectiveFrom missing after validation')
  const note = values.note?.trim()
  return {
    effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
    ...(note ? { note } : {}),
    items: values.items.map((item) => {
      if (item.productId === undefined) throw new Error('productId missing after validation')
      return { productId: item.productId, listPriceFen: fenOf(item.listPrice), floorPriceFen: fenOf(item.floorPrice) }
    }),
    authorities: values.authorities.map((a) => {
      if (a.role === undefined) throw new Error('role missing after validation')
      const bps = a.unlimited ? null : parsePercent(a.percent)
      if (!a.unlimited && bps === null) throw new Error('percent invalid after validation')
      return { role: a.role, maxBelowFloorBps: bps }
    }),
  }
}

const FIELD_OF: Record<string, string> = {
  productId: 'productId',
  listPriceFen: 'listPrice',
  floorPriceFen: 'floorPrice',
  role: 'role',
  maxBelowFloorBps: 'percent',
}

/**
 * The core's INVALID_INPUT details ("items.3.floorPriceFen") as the form's field names
 * (['items', 3, 'floorPrice']), so a refusal lands under the input that caused it; null if none fits.
 */
export function formFieldOf(path: string): (string | number)[] | null {
  if (path === 'effectiveFrom' || path === 'note') return [path]
  const match = /^(items|authorities)\.(\d+)\.(\w+)$/.exec(path)
  const field = match?.[3] ? FIELD_OF[match[3]] : undefined
  return match?.[1] && field ? [match[1], Number(match[2]), field] : null
}
