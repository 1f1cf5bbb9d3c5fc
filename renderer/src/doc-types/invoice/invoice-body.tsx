import { Descriptions, Table } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import type { RedLetterDto } from '../../../../shared/doc-types/invoice/invoice-body'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'
import { formatDateTime } from '../../format/datetime'
import type { BodyOf } from '../doc-type-ui'
import { InvoiceFigures } from './invoice-figures'

export type InvoiceBody = BodyOf<'invoice'>

const yuan = (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span>

/** 开票申请 (R15): the request, the contract's figures, the invoice recorded and its red letters (R24). */
export function InvoiceBodyView({ header, body }: { header: DocumentHeaderDto; body: InvoiceBody }) {
  return (
    <div data-testid="doc-body-invoice">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'contract', label: '销售合同', children: <Link to={`/documents/${body.contractId}`}>{body.contractNo}</Link> },
          { key: 'customer', label: '客户', children: header.customerName ?? '—' },
          { key: 'on', label: '申请日期', children: <span className="tabular-nums">{body.requestedOn}</span> },
          { key: 'amount', label: '申请开票金额（元）', children: <span data-testid="invoice-amount">{yuan(body.amountFen)}</span> },
          { key: 'note', label: '备注', children: body.note ?? '—' },
        ]}
      />
      <Section title="合同开票条件" testId="invoice-contract-figures">
        <InvoiceFigures f={body.figures} />
      </Section>
      <Section title="发票" testId="invoice-recorded">
        {body.invoice ? (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              { key: 'no', label: '发票号码', children: <span className="tabular-nums" data-testid="invoice-number">{body.invoice.invoiceNo}</span> },
              { key: 'on', label: '开票日期', children: <span className="tabular-nums">{body.invoice.issuedOn}</span> },
              { key: 'amount', label: '发票金额（元）', children: yuan(body.invoice.amountFen) },
              { key: 'standing', label: '红冲后余额（元）', children: <span data-testid="invoice-standing">{yuan(body.standingFen)}</span> },
              { key: 'by', label: '录入', children: `${body.invoice.byName} ${formatDateTime(body.invoice.at)}` },
            ]}
          />
        ) : (
          <span style={{ color: 'rgba(0,0,0,0.45)' }}>尚未录入发票（批准后由财务在税务系统开具并录入发票号码）</span>
        )}
        {body.redLetters.length > 0 && (
          <Table<RedLetterDto>
            style={{ marginTop: 12 }}
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={body.redLetters}
            data-testid="invoice-red-letters"
            columns={[
              { title: '红字日期', dataIndex: 'redOn' },
              { title: '原发票号码', dataIndex: 'originalNo' },
              { title: '红字信息确认单', dataIndex: 'confirmationNo' },
              { title: '红字金额（元）', dataIndex: 'amountFen', align: 'right', render: (f: number) => yuan(-f) },
              { title: '原因', dataIndex: 'reason' },
              { title: '经办', dataIndex: 'byName' },
            ]}
          />
        )}
      </Section>
    </div>
  )
}
