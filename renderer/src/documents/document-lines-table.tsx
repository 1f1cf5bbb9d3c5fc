import { Table, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import type { ColumnsType } from 'antd/es/table'
import type { DocumentLineDto } from '../../../shared/api'
import { capitalOrDash, yuanOrDash } from '../format/guarded-yuan'
import type { LinePriceReview } from '../../../shared/doc-types/application/application-body'
import { formatBps } from '../../../shared/percent'
import { BelowFloorTag } from './below-floor-tag'
import { DOC_PARTS } from './document-parts'
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
    key: 'unitPrice',
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

/** R1 for the signer: the floor beside the price, and the price's distance under it as the core computed it. */
function withFloors(floors: ReadonlyMap<number, LinePriceReview>): ColumnsType<DocumentLineDto> {
  const price = {
    title: '单价（元）',
    dataIndex: 'unitPriceFen',
    width: 120,
    align: 'right',
    render: (fen: number | undefined) => money(fen),
  } as const
  const floor = {
    title: '底价（元）',
    key: 'floor',
    width: 150,
    align: 'right',
    render: (_: unknown, line: DocumentLineDto) => {
      const review = floors.get(line.lineNo)
      if (!review) return '—'
      return (
        <div data-testid={`doc-line-floor-${line.lineNo}`}>
          {money(review.floorPriceFen)}
          {review.belowFloorBps > 0 && (
            <div>
              <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="below-floor" data-bps={review.belowFloorBps}>
                低于底价 {formatBps(review.belowFloorBps)}
              </Tag>
            </div>
          )}
        </div>
      )
    },
  } as const
  return COLUMNS.flatMap((column) => (column.key === 'unitPrice' ? [price, floor] : [column]))
}

/** The product lines of an application or contract, with the total in figures and 大写 (R23). */
export function DocumentLinesTable({ lines, floors }: { lines: DocumentLineDto[]; floors?: readonly LinePriceReview[] | undefined }) {
  const total = sumFen(lines.map((line) => line.amountFen ?? null))
  const byLine = useMemo(() => (floors ? new Map(floors.map((f) => [f.lineNo, f])) : null), [floors])
  const columns = useMemo(() => (byLine ? withFloors(byLine) : COLUMNS), [byLine])
  const extra = byLine ? 1 : 0
  return (
    <Table<DocumentLineDto>
      size="small"
      bordered
      rowKey="lineNo"
      columns={columns}
      dataSource={lines}
      pagination={false}
      scroll={{ x: 900 + extra * 120 }}
      onRow={(line) => ({ role: 'row', id: DOC_PARTS.line(line.lineNo), 'data-testid': `doc-line-${line.lineNo}` })}
      rowClassName={(line) => ((byLine?.get(line.lineNo)?.belowFloorBps ?? 0) > 0 ? 'doc-line-below-floor' : '')}
      data-testid="doc-lines"
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={6}>
            <Typography.Text type="secondary">合计（大写）：</Typography.Text>
            <Typography.Text data-testid="doc-lines-total-capital">{capitalOrDash(total)}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} colSpan={3 + extra} align="right">
            <Typography.Text strong className="tabular-nums" data-testid="doc-lines-total">
              {total === null ? '—' : `¥${yuanOrDash(total)}`}
            </Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  )
}
