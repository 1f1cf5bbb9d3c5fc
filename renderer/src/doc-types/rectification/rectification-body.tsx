import { Alert, Descriptions, Table, Tag } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import type { RectificationLineDto } from '../../../../shared/doc-types/rectification/rectification-body'
import { formatShanghai } from '../../../../shared/dates'
import { Section } from '../../documents/section'
import { checkTag } from '../acceptance/acceptance-body'
import type { BodyOf } from '../doc-type-ui'

export type RectificationBody = BodyOf<'rectification'>

/** 整改 (R13): what failed, who must answer, the deadline (red once overdue), the answer and the re-acceptance. */
export function RectificationBodyView({ body }: { header: DocumentHeaderDto; body: RectificationBody }) {
  return (
    <div data-testid="doc-body-rectification">
      {body.overdue && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="rectification-overdue"
          title={`已逾期：答复期限 ${formatShanghai(body.deadlineAt)} 已过，尚未答复（R13，已提醒销售经理和销售主管）`} />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'acceptance', label: '验收报告', children: <Link to={`/documents/${body.acceptanceId}`}>{body.acceptanceNo}</Link> },
          { key: 'wo', label: '派工单', children: <Link to={`/documents/${body.workOrderId}`}>{body.workOrderNo}</Link> },
          { key: 'contract', label: '销售合同', children: body.contractNo },
          { key: 'customer', label: '客户', children: body.customerName || '—' },
          { key: 'responsible', label: '整改责任人', children: body.responsible },
          { key: 'deadline', label: '答复期限', children: (
            <span data-testid="rectification-deadline" style={body.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}>{formatShanghai(body.deadlineAt)}</span>
          ) },
          ...(body.answeredAt ? [
            { key: 'answer', label: '整改情况', children: <span data-testid="rectification-answer">{body.answer}</span>, span: 2 },
            { key: 'doneBy', label: '整改人', children: body.doneBy ?? '—' },
            { key: 'answeredAt', label: '答复时间', children: <span>{formatShanghai(body.answeredAt)} {body.answeredLate ? <Tag color="error">逾期答复</Tag> : <Tag color="success">按时</Tag>}</span> },
            { key: 'by', label: '记录人', children: body.answeredByName ?? '—' },
          ] : []),
          ...(body.reacceptanceId !== null ? [{ key: 'again', label: '复验报告', children: <Link to={`/documents/${body.reacceptanceId}`} data-testid="rectification-reacceptance">{body.reacceptanceNo}</Link> }] : []),
        ]}
      />
      <Section title="不合格项" testId="rectification-lines">
        <Table<RectificationLineDto>
          size="small" rowKey="contractLineNo" pagination={false} dataSource={body.lines}
          columns={[
            { title: '产品编码', dataIndex: 'productCode' },
            { title: '产品名称', dataIndex: 'productName' },
            { title: '数量', dataIndex: 'quantity', align: 'right', render: (q: number, l) => `${q} ${l.unit}` },
            { title: '外观', dataIndex: 'appearanceOk', render: (ok: boolean) => checkTag(ok) },
            { title: '功能', dataIndex: 'functionOk', render: (ok: boolean) => checkTag(ok) },
            { title: '问题', dataIndex: 'problem' },
          ]}
        />
      </Section>
    </div>
  )
}
