import { Alert, Descriptions, Table } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import type { WorkOrderLineDto } from '../../../../shared/doc-types/work-order/work-order-body'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'
import type { BodyOf } from '../doc-type-ui'

export type WorkOrderBody = BodyOf<'workOrder'>

/** 派工单 (R12): the site, who installs, when, what; the installers' result once recorded; the first payment for sales. */
export function WorkOrderBodyView({ header, body }: { header: DocumentHeaderDto; body: WorkOrderBody }) {
  const first = body.firstPayment
  return (
    <div data-testid="doc-body-work-order">
      {first && !first.received && ['draft', 'pending', 'rejected', 'withdrawn'].includes(header.state) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="work-order-first-payment"
          title={`首期款应收 ¥${formatYuan(first.requiredFen)}，已到账 ¥${formatYuan(first.receivedFen)}：首期款到账前不能提交或批准（R12）`}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'contract', label: '销售合同', children: <Link to={`/documents/${body.contractId}`} data-testid="work-order-contract-link">{body.contractNo}</Link> },
          { key: 'customer', label: '客户', children: body.customerName || '—' },
          { key: 'dates', label: '计划安装', children: <span className="tabular-nums">{body.plannedStart} 至 {body.plannedEnd}</span> },
          { key: 'site', label: '安装地址', children: body.siteAddress, span: 2 },
          { key: 'contact', label: '现场联系人', children: `${body.contactName} ${body.contactPhone}` },
          { key: 'installers', label: '安装人员', children: body.installers.map((i) => `${i.name} ${i.phone}`).join('；'), span: 2 },
          { key: 'remark', label: '备注', children: body.remark ?? '—' },
          ...(first ? [{ key: 'first', label: '首期款', children: `应收 ¥${formatYuan(first.requiredFen)}，已到账 ¥${formatYuan(first.receivedFen)}` }] : []),
        ]}
      />
      <Section title="安装明细" testId="work-order-lines">
        <Table<WorkOrderLineDto>
          size="small"
          rowKey="lineNo"
          pagination={false}
          dataSource={body.lines}
          columns={[
            { title: '行', dataIndex: 'lineNo', width: 44 },
            { title: '产品编码', dataIndex: 'productCode' },
            { title: '产品名称', dataIndex: 'productName' },
            { title: '规格型号', dataIndex: 'spec' },
            { title: '安装数量', dataIndex: 'quantity', align: 'right', render: (q: number, l) => <span className="tabular-nums">{q} {l.unit}</span> },
          ]}
        />
      </Section>
      {body.completedOn && (
        <Section title="安装结果" testId="work-order-result">
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'on', label: '完工日期', children: <span data-testid="work-order-completed-on">{body.completedOn}</span> },
              { key: 'by', label: '记录人', children: body.resultByName ?? '—' },
              { key: 'notes', label: '安装情况', children: body.resultNotes ?? '—' },
            ]}
          />
        </Section>
      )}
    </div>
  )
}
