import { Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { DocumentLineDto } from '../../../shared/api'
import { capitalOrDash, yuanOrDash } from '../format/guarded-yuan'
import { BelowFloorTag } from './below-floor-tag'
import { sumFen } from './terms-math'

// Need-to-know: a price the core left out for this post shows as a dash (guarded-yuan.ts).
const money = (fen: number | undefined) => <span className="tabular-nums">{yuanOrDash(fen)}</span>

const COLUMNS: ColumnsType<DocumentLineDto> = [
  { title: '序号', dataIndex: 'lineNo', width: 56, align: 'center' },
  { title: '产品编码', dataIndex: 'productCode', width: 120, render: (code: string) => <span className="tabular-nums">{code}</span> },
  { title: '名称', dataIndex: 'productName', width: 160 },
  // 规格 wraps rather than truncates: approvers compare the full specification with the customer's request.
  { title: '规格', dataIndex: 'spec', render: (spec: string) => spec || '—' },
  { title: '单位', dataIndex: 'unit', width: 60, align: 'center' },
  { title: '数量', dataIndex: 'quantity', width: 80, align: 'right', render: (q: number) => <span className="tabular-nums">{q}</span> },
  {
    title: '单价（元）',
    dataIndex: 'unitPriceFen',
    width: 150,
    align: 'right',
    render: (fen: number | undefined, line) => (
      <div>
        {money(fen)}
        {fen !== undefined && line.floorPriceFen !== undefined && (
          <div>
            <BelowFloorTag unitPriceFen={fen} floorPriceFen={line.floorPriceFen} />
          </div>
        )}
      </div>
    ),
  },
  { title: '牌价（元）', dataIndex: 'listPriceFen', width: 120, align: 'right', render: money },
  { title: '金额（元）', dataIndex: 'amountFen', width: 140, align: 'right', render: money },
]

/** The product lines of an application or contract, with the total in figures and 大写 (R23). */
export function DocumentLinesTable({ lines }: { lines: DocumentLineDto[] }) {
  const total = sumFen(lines.map((line) => line.amountFen ?? null))
  return (
    <Table<DocumentLineDto>
      size="small"
      bordered
      rowKey="lineNo"
      columns={COLUMNS}
      dataSource={lines}
      pagination={false}
      scroll={{ x: 900 }}
      onRow={(line) => ({ role: 'row', 'data-testid': `doc-line-${line.lineNo}` })}
      data-testid="doc-lines"
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={6}>
            <Typography.Text type="secondary">合计（大写）：</Typography.Text>
            <Typography.Text data-testid="doc-lines-total-capital">{capitalOrDash(total)}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} colSpan={3} align="right">
            <Typography.Text strong className="tabular-nums" data-testid="doc-lines-total">
              {total === null ? '—' : `¥${yuanOrDash(total)}`}
            </Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  )
}
