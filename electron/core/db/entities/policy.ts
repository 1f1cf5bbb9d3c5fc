import { EntitySchema } from 'typeorm'
import { bool, fen, idColumn, timestamp } from './columns'

export interface ProductRow { id: number; code: string; name: string; spec: string; unit: string; active: boolean; createdAt: string; updatedAt: string }
export interface PriceListRow { id: number; versionNo: number; effectiveFrom: string; issuedByUserId: number; issuedByName: string; issuedAt: string; note: string | null }
export interface PriceListItemRow { priceListId: number; productId: number; listPriceFen: number; floorPriceFen: number }
/** R1 价格浮动权: null = no limit. */
export interface DiscountAuthorityRow { priceListId: number; role: string; maxBelowFloorBps: number | null }

export const ProductEntity = new EntitySchema<ProductRow>({
  name: 'Product',
  tableName: 'products',
  columns: {
    id: idColumn,
    code: { type: 'varchar', length: 32, unique: true },
    name: { type: 'varchar', length: 60 },
    spec: { type: 'varchar', length: 100 },
    unit: { type: 'varchar', length: 8 },
    active: { ...bool, default: 1 },
    createdAt: { ...timestamp(), name: 'created_at' },
    updatedAt: { ...timestamp(), name: 'updated_at' },
  },
})

export const PriceListEntity = new EntitySchema<PriceListRow>({
  name: 'PriceList',
  tableName: 'price_lists',
  columns: {
    id: idColumn,
    versionNo: { name: 'version_no', type: 'integer', unique: true },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10, unique: true },
    issuedByUserId: { name: 'issued_by_user_id', type: 'integer' },
    issuedByName: { name: 'issued_by_name', type: 'varchar', length: 32 },
    issuedAt: { ...timestamp(), name: 'issued_at' },
    note: { type: 'varchar', length: 200, nullable: true },
  },
})

export const PriceListItemEntity = new EntitySchema<PriceListItemRow>({
  name: 'PriceListItem',
  tableName: 'price_list_items',
  columns: {
    priceListId: { name: 'price_list_id', type: 'integer', primary: true },
    productId: { name: 'product_id', type: 'integer', primary: true },
    listPriceFen: { ...fen(), name: 'list_price_fen' },
    floorPriceFen: { ...fen(), name: 'floor_price_fen' },
  },
  foreignKeys: [
    { name: 'fk_price_list_items_list', target: 'PriceList', columnNames: ['priceListId'], referencedColumnNames: ['id'] },
    { name: 'fk_price_list_items_product', target: 'Product', columnNames: ['productId'], referencedColumnNames: ['id'] },
  ],
})

export const DiscountAuthorityEntity = new EntitySchema<DiscountAuthorityRow>({
  name: 'DiscountAuthority',
  tableName: 'discount_authorities',
  columns: {
    priceListId: { name: 'price_list_id', type: 'integer', primary: true },
    role: { type: 'varchar', length: 32, primary: true },
    maxBelowFloorBps: { name: 'max_below_floor_bps', type: 'integer', nullable: true },
  },
  foreignKeys: [{ name: 'fk_discount_authorities_list', target: 'PriceList', columnNames: ['priceListId'], referencedColumnNames: ['id'] }],
})
