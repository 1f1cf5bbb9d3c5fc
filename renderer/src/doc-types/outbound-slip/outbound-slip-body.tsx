import { goodsColumns } from '../../documents/goods-columns'
import { Descriptions, Table } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentBody, DocumentHeaderDto } from '../../../../shared/api'
import type { OutboundLineDto } from '../../../../shared/doc-types/outbound-slip/outbound-slip-body'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'
import { SignBackSection } from './sign-back-section'

export type OutboundSlipBody = Extract<DocumentBody, { kind: 'outboundSlip' }>

const yuan = (fen: number | undefined) => (fen === undefined ? '—' : <span className="tabular-nums">{formatYuan(fen)}</span>)

/** 出库单 (R10): the goods that left against a dispatch note; prices only for a reader of amounts (need to know). */
export function OutboundSlipBodyView({ header, body }: { header: DocumentHeaderDto; body: OutboundSlipBody }) {
  const total = body.lines.reduce((sum, l) => sum + l.quantity, 0)
  const prices = body.lines.some((l) => l.amountFen !== undefined)
  return (
    <div data-testid="doc-body-outbound">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'note', label: '发货单', children: <Link to={`/documents/${body.dispatchNoteId}`}>{body.dispatchNoteNo}</Link> },
          { key: 'contract', label: '销售合同', children: <Link to={`/documents/${body.contractId}`}>{body.contractNo}</Link> },
          { key: 'postedOn', label: '出库日期', children: <span className="tabular-nums">{body.postedOn}</span> },
          { key: 'customer', label: '客户', children: body.customerName },
          { key: 'address', label: '收货地址', children: body.deliveryAddress },
          { key: 'carrier', label: '承运方', children: body.carrier },
          { key: 'remark', label: '备注', children: body.remark ?? '—' },
        ]}
      />
      <Section title="出库产品">
        <Table<OutboundLineDto>
          size="small"
          bordered
          pagination={false}
          rowKey="lineNo"
          dataSource={body.lines}
          data-testid="doc-outbound-lines"
          columns={[
            ...goodsColumns<OutboundLineDto>(),
            ...(prices
              ? [
                  { title: '单价（元）', dataIndex: 'unitPriceFen', width: 120, align: 'right' as const, render: yuan },
                  { title: '金额（元）', dataIndex: 'amountFen', width: 130, align: 'right' as const, render: yuan },
                ]
              : []),
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5} align="right">合计</Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right"><span className="tabular-nums" data-testid="doc-outbound-total">{total}</span></Table.Summary.Cell>
              {prices && <Table.Summary.Cell index={6} colSpan={2} align="right">{yuan(body.lines.reduce((s, l) => s + (l.amountFen ?? 0), 0))}</Table.Summary.Cell>}
            </Table.Summary.Row>
          )}
        />
      </Section>
      <SignBackSection signBack={body.signBack} posted={header.state === 'approved'} />
    </div>
  )
}
