import { Alert, Descriptions, Table, Tag } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import type { AcceptanceLineDto } from '../../../../shared/doc-types/acceptance/acceptance-body'
import { formatShanghai } from '../../../../shared/dates'
import { Section } from '../../documents/section'
import type { BodyOf } from '../doc-type-ui'

export type AcceptanceBody = BodyOf<'acceptance'>

export const checkTag = (ok: boolean, testId?: string) => (
  <Tag color={ok ? 'success' : 'error'} data-testid={testId}>
    {ok ? '合格' : '不合格'}
  </Tag>
)

/** 验收报告 (R13): the customer's signatory and day, per line the quantity received and the two checks; the rectification a failure opened. */
export function AcceptanceBodyView({ body }: { header: DocumentHeaderDto; body: AcceptanceBody }) {
  return (
    <div data-testid="doc-body-acceptance">
      {!body.passed && body.openedRectificationId !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="acceptance-rectification"
          title={<span>验收不合格，已开整改单 <Link to={`/documents/${body.openedRectificationId}`}>{body.openedRectificationNo}</Link>（24 小时内答复，R13）</span>}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'wo', label: '派工单', children: <Link to={`/documents/${body.workOrderId}`} data-testid="acceptance-work-order-link">{body.workOrderNo}</Link> },
          { key: 'contract', label: '销售合同', children: <Link to={`/documents/${body.contractId}`}>{body.contractNo}</Link> },
          { key: 'customer', label: '客户', children: body.customerName || '—' },
          { key: 'site', label: '安装地址', children: body.siteAddress, span: 2 },
          { key: 'result', label: '结论', children: <span data-testid="acceptance-result">{checkTag(body.passed)}</span> },
          { key: 'signatory', label: '客户签字人', children: body.signatory },
          { key: 'signedOn', label: '签字日期', children: body.signedOn },
          { key: 'paper', label: '纸质验收单', children: body.paperRef ?? '—' },
          { key: 'recorded', label: '记录时间', children: body.recordedAt ? formatShanghai(body.recordedAt) : '待经理确认' },
          ...(body.responsible ? [{ key: 'responsible', label: '整改责任人', children: body.responsible }] : []),
          ...(body.rectificationId !== null ? [{ key: 'reaccept', label: '复验整改单', children: <Link to={`/documents/${body.rectificationId}`}>{body.rectificationNo}</Link> }] : []),
          { key: 'remark', label: '备注', children: body.remark ?? '—' },
        ]}
      />
      <Section title="验收明细" testId="acceptance-lines">
        <Table<AcceptanceLineDto>
          size="small"
          rowKey="lineNo"
          pagination={false}
          dataSource={body.lines}
          columns={[
            { title: '行', dataIndex: 'lineNo', width: 44 },
            { title: '产品编码', dataIndex: 'productCode' },
            { title: '产品名称', dataIndex: 'productName' },
            { title: '规格型号', dataIndex: 'spec' },
            { title: '验收数量', dataIndex: 'quantity', align: 'right', render: (q: number, l) => <span className="tabular-nums">{q} {l.unit}</span> },
            { title: '外观', dataIndex: 'appearanceOk', render: (ok: boolean) => checkTag(ok) },
            { title: '功能', dataIndex: 'functionOk', render: (ok: boolean, l) => checkTag(ok, `acceptance-function-${l.lineNo}`) },
            { title: '问题', dataIndex: 'problem', render: (p: string | null) => p ?? '—' },
          ]}
        />
      </Section>
    </div>
  )
}
