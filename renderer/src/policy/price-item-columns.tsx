import type { ColumnsType } from 'antd/es/table'
import type { PriceListItemDto } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'

/** R23: prices arrive in fen and show as 元, right-aligned so the digits line up column by column. */
const money = (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span>

export const PRICE_ITEM_COLUMNS: ColumnsType<PriceListItemDto> = [
  { title: '序号', key: 'index', width: 64, align: 'right', render: (_: unknown, _item, index) => <span className="tabular-nums">{index + 1}</span> },
  { title: '产品编码', dataIndex: 'code', width: 140, render: (code: string) => <span className="tabular-nums">{code}</span> },
  { title: '产品名称', dataIndex: 'name', ellipsis: { showTitle: true } },
  { title: '规格型号', dataIndex: 'spec', ellipsis: { showTitle: true }, render: (spec: string) => spec || '—' },
  { title: '单位', dataIndex: 'unit', width: 70 },
  { title: '牌价（元）', dataIndex: 'listPriceFen', width: 140, align: 'right', render: money },
  { title: '底价（元）', dataIndex: 'floorPriceFen', width: 140, align: 'right', render: money },
]
