import { Descriptions, Table, Tag } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import { BILL_KIND_LABELS, PAYMENT_METHOD_LABELS, type AllocationDto, type PaymentMethodDto } from '../../../../shared/doc-types/payment/payment-body'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'
import { formatDateTime } from '../../format/datetime'
import type { BodyOf } from '../doc-type-ui'

export type PaymentBody = BodyOf<'payment'>

function methodItems(m: PaymentMethodDto) {
  if (m.kind === 'transfer') return [{ key: 'bank', label: '汇款银行', children: m.bank }, { key: 'ref', label: '银行流水号', children: m.reference }]
  if (m.kind === 'bill')
    return [
      { key: 'billNo', label: '汇票号码', children: m.billNo },
      { key: 'billKind', label: '汇票种类', children: BILL_KIND_LABELS[m.billKind] },
      { key: 'issuer', label: '承兑/出票银行', children: m.issuingBank },
      { key: 'dates', label: '出票日 / 到期日', children: <span className="tabular-nums">{m.issuedOn} / {m.dueOn}</span> },
      { key: 'endorse', label: '可否背书', children: m.endorsable ? '可背书转让' : '不得转让' },
    ]
  return []
}

const yuan = (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span>

/** 收款登记 (R14): the money, how it came, and every allocation to a contract as its own row. */
export function PaymentBodyView({ header, body }: { header: DocumentHeaderDto; body: PaymentBody }) {
  return (
    <div data-testid="doc-body-payment">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'customer', label: '付款客户', children: header.customerName ?? '—' },
          { key: 'on', label: '到账日期', children: <span className="tabular-nums">{body.receivedOn}</span> },
          { key: 'amount', label: '金额（元）', children: <span data-testid="payment-amount">{yuan(body.amountFen)}</span> },
          { key: 'method', label: '收款方式', children: PAYMENT_METHOD_LABELS[body.method.kind] },
          ...methodItems(body.method),
          { key: 'slip', label: '银行回单号', children: body.slipRef ?? '—' },
          { key: 'remark', label: '备注', children: body.remark ?? '—' },
          ...(body.reverses ? [{ key: 'reverses', label: '红冲原单', children: <Link to={`/documents/${body.reverses.id}`}>{body.reverses.docNo}</Link> }] : []),
          ...(body.reversedBy ? [{ key: 'reversedBy', label: '红冲单', children: <Link to={`/documents/${body.reversedBy.id}`}>{body.reversedBy.docNo}</Link> }] : []),
        ]}
      />
      {!body.reverses && (
        <Section title="分配到合同" testId="payment-allocations">
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'allocated', label: '已分配（元）', children: <span data-testid="payment-allocated">{yuan(body.allocatedFen)}</span> },
              { key: 'advance', label: '预收款（未分配，元）', children: <span data-testid="payment-unallocated">{yuan(body.unallocatedFen)}</span> },
            ]}
          />
          <Table<AllocationDto>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={body.allocations}
            locale={{ emptyText: '尚未分配' }}
            columns={[
              { title: '时间', dataIndex: 'at', render: (at: string) => <span className="tabular-nums">{formatDateTime(at)}</span> },
              { title: '合同', dataIndex: 'contractNo', render: (no: string, r) => <Link to={`/documents/${r.contractId}`}>{no}</Link> },
              { title: '分配/撤回', dataIndex: 'amountFen', render: (f: number) => (f > 0 ? <Tag color="blue">分配</Tag> : <Tag color="orange">撤回</Tag>) },
              { title: '金额（元）', dataIndex: 'amountFen', align: 'right', render: (f: number) => yuan(Math.abs(f)) },
              { title: '经办', dataIndex: 'byName' },
            ]}
          />
        </Section>
      )}
    </div>
  )
}
