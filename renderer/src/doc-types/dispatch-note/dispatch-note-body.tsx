import { Descriptions, Table, Tag } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import type { DispatchLineDto } from '../../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'
import type { BodyOf } from '../doc-type-ui'
import { DispatchCredit } from './dispatch-credit'

export type DispatchNoteBody = BodyOf<'dispatchNote'>

/** 发货单 (R8): what goes to whom, where, by whom and until when; R9's credit figures for those who read credit. */
export function DispatchNoteBodyView({ header, body }: { header: DocumentHeaderDto; body: DispatchNoteBody }) {
  const amounts = body.lines.some((l) => l.amountFen !== undefined)
  return (
    <div data-testid="doc-body-dispatch-note">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'contract', label: '销售合同', children: <Link to={`/documents/${body.contractId}`} data-testid="dispatch-contract-link">{body.contractNo}</Link> },
          { key: 'customer', label: '客户', children: header.customerName ?? '—' },
          {
            key: 'valid', label: '有效期至',
            children: <span className="tabular-nums" data-testid="dispatch-valid-until">{body.validUntil}{body.expired && <Tag color="default" style={{ marginLeft: 8 }} data-testid="dispatch-expired">已过期</Tag>}</span>,
          },
          { key: 'address', label: '收货地址', children: body.deliveryAddress, span: 2 },
          { key: 'carrier', label: '承运方', children: body.carrier },
          { key: 'contact', label: '联系人', children: `${body.contactName} ${body.contactPhone}` },
          { key: 'remark', label: '备注', children: body.remark ?? '—' },
        ]}
      />
      {body.credit && <DispatchCredit credit={body.credit} />}
      <Section title="发货明细" testId="dispatch-lines">
        <Table<DispatchLineDto>
          size="small"
          rowKey="lineNo"
          pagination={false}
          dataSource={body.lines}
          columns={[
            { title: '行', dataIndex: 'lineNo', width: 44 },
            { title: '产品编码', dataIndex: 'productCode' },
            { title: '产品名称', dataIndex: 'productName' },
            { title: '规格型号', dataIndex: 'spec' },
            { title: '数量', dataIndex: 'quantity', align: 'right', render: (q: number, l) => <span className="tabular-nums">{q} {l.unit}</span> },
            { title: '已出库', dataIndex: 'postedQuantity', align: 'right', render: (q: number) => <span className="tabular-nums">{q}</span> },
            ...(amounts
              ? [
                  { title: '单价', dataIndex: 'unitPriceFen', align: 'right' as const, render: (f: number) => <span className="tabular-nums">{formatYuan(f)}</span> },
                  { title: '金额', dataIndex: 'amountFen', align: 'right' as const, render: (f: number) => <span className="tabular-nums">{formatYuan(f)}</span> },
                ]
              : []),
          ]}
        />
      </Section>
    </div>
  )
}
