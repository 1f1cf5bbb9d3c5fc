import { Alert, Descriptions, Table } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import type { NoticeLineDto } from '../../../../shared/doc-types/production-notice/production-notice-body'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'
import type { BodyOf } from '../doc-type-ui'
import { NoticeCertificates } from './notice-certificates'

export type ProductionNoticeBody = BodyOf<'productionNotice'>

/** 生产通知单 (R6): what to make for which contract, by when; the prepayment gate beside it for those who see money. */
export function ProductionNoticeBodyView({ header, body }: { header: DocumentHeaderDto; body: ProductionNoticeBody }) {
  const p = body.prepayment
  return (
    <div data-testid="doc-body-production-notice">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'contract', label: '销售合同', children: <Link to={`/documents/${body.contractId}`} data-testid="notice-contract-link">{body.contractNo}</Link> },
          { key: 'customer', label: '客户', children: header.customerName ?? '—' },
          { key: 'customerNo', label: '客户合同号', children: body.customerContractNo || '—' },
          { key: 'delivery', label: '合同交货日期', children: <span className="tabular-nums">{body.deliveryDate}</span> },
          { key: 'note', label: '备注', children: body.note ?? '—' },
        ]}
      />
      {p && p.requiredFen > 0 && (
        <Alert
          style={{ marginBottom: 16 }}
          type={p.received ? 'success' : 'warning'}
          showIcon
          data-testid="notice-prepayment"
          title={`应收预付款 ¥${formatYuan(p.requiredFen)}，已到 ¥${formatYuan(p.receivedFen)}${p.received ? '，预付款已到齐' : '，预付款未到齐，不能下达'}`}
        />
      )}
      <Section title="生产明细" testId="notice-lines">
        <Table<NoticeLineDto>
          size="small"
          rowKey="lineNo"
          pagination={false}
          dataSource={body.lines}
          columns={[
            { title: '行', dataIndex: 'lineNo', width: 48 },
            { title: '产品编码', dataIndex: 'productCode' },
            { title: '产品名称', dataIndex: 'productName' },
            { title: '规格型号', dataIndex: 'spec' },
            { title: '数量', dataIndex: 'quantity', align: 'right', render: (q: number, l) => <span className="tabular-nums">{q} {l.unit}</span> },
            { title: '要求完工日期', dataIndex: 'requiredDate', render: (d: string) => <span className="tabular-nums">{d}</span> },
          ]}
        />
      </Section>
      <NoticeCertificates header={header} />
    </div>
  )
}
