import type { ColumnsType } from 'antd/es/table'

/** A line of goods as the goods documents' bodies show it (inbound, outbound slip, gate pass). */
export interface GoodsLine {
  lineNo: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
}

/** 序号 … 数量: the columns every goods table starts with; a type adds its own after them. */
export function goodsColumns<T extends GoodsLine>(): ColumnsType<T> {
  return [
    { title: '序号', dataIndex: 'lineNo', width: 56, align: 'center' },
    { title: '产品编码', dataIndex: 'productCode', width: 120 },
    { title: '产品名称', dataIndex: 'productName' },
    { title: '规格型号', dataIndex: 'spec' },
    { title: '单位', dataIndex: 'unit', width: 56, align: 'center' },
    { title: '数量', dataIndex: 'quantity', width: 80, align: 'right', render: (q: number) => <span className="tabular-nums">{q}</span> },
  ]
}
