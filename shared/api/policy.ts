import { z } from 'zod'
import { PRICE_READERS } from '../need-to-know'
import { ROLE_KEYS, type RoleKey } from '../roles'
import { bps, day, fen, id, optionalText, shortText } from './common'
import { method } from './define'

export interface ProductDto {
  id: number
  code: string
  name: string
  spec: string
  unit: string
  active: boolean
}

export interface PriceListItemDto {
  productId: number
  code: string
  name: string
  spec: string
  unit: string
  listPriceFen: number
  floorPriceFen: number
}

/** R1 价格浮动权: how far below the floor price a role may approve; null = no limit. */
export interface DiscountAuthorityDto {
  role: RoleKey
  maxBelowFloorBps: number | null
}

export interface PriceListSummary {
  id: number
  versionNo: number
  effectiveFrom: string
  issuedByName: string
  issuedAt: string
  note: string | null
  itemCount: number
  /** In force today (Asia/Shanghai): the latest version whose effective date has come. */
  inForce: boolean
}

export interface PriceListDto extends PriceListSummary {
  items: PriceListItemDto[]
  authorities: DiscountAuthorityDto[]
}

const productInput = z
  .object({
    id: id.optional(),
    code: z.string({ error: '请输入产品编码' }).trim().min(1, '请输入产品编码').max(32, '产品编码最多 32 个字符').regex(/^[A-Za-z0-9_.\-/]+$/, '产品编码只能用字母、数字和 _ . - /'),
    name: shortText('产品名称', 60),
    spec: z.string().trim().max(100, '规格型号最多 100 个字').default(''),
    unit: shortText('单位', 8),
    active: z.boolean().default(true),
  })
  .strict()

export const priceListIssueInput = z
  .object({
    effectiveFrom: day,
    note: optionalText('说明', 200),
    items: z
      .array(
        z
          .object({ productId: id, listPriceFen: fen.positive('牌价须大于 0'), floorPriceFen: fen.positive('底价须大于 0') })
          .strict()
          .refine((i) => i.floorPriceFen <= i.listPriceFen, { message: '底价不能高于牌价', path: ['floorPriceFen'] }),
      )
      .min(1, '价目表至少要有一个产品')
      .max(5000),
    authorities: z
      .array(z.object({ role: z.enum(ROLE_KEYS, { error: '未知岗位' }), maxBelowFloorBps: bps.nullable() }).strict())
      .max(ROLE_KEYS.length),
  })
  .strict()
  .refine((p) => new Set(p.items.map((i) => i.productId)).size === p.items.length, { message: '同一产品在价目表中只能出现一次', path: ['items'] })
  .refine((p) => new Set(p.authorities.map((a) => a.role)).size === p.authorities.length, { message: '每个岗位只能设置一次价格浮动权', path: ['authorities'] })

export const policyApi = {
  'products.list': method<ProductDto[]>()(
    z.object({ includeInactive: z.boolean().default(false), search: z.string().trim().max(40).optional() }).strict(),
    'signedIn',
    'read',
  ),
  'products.save': method<ProductDto>()(productInput, ['admin', 'general_manager'], 'write'),
  // Need-to-know (shared/need-to-know.ts): a price list is its list and floor prices and the 价格浮动权,
  // so the whole method is refused to posts outside PRICE_READERS; products (no prices) stay open.
  'priceLists.list': method<PriceListSummary[]>()(z.object({}).strict(), PRICE_READERS, 'read'),
  'priceLists.get': method<PriceListDto>()(z.object({ id }).strict(), PRICE_READERS, 'read'),
  /** The version in force on a day (today when omitted); null before the first policy is issued. */
  'priceLists.inForce': method<PriceListDto | null>()(z.object({ on: day.optional() }).strict(), PRICE_READERS, 'read'),
  /** R1: only the general manager issues sales policy. */
  'priceLists.issue': method<PriceListDto>()(priceListIssueInput, ['general_manager'], 'write'),
} as const
