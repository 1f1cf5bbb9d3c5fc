import { goodsColumns } from '../../documents/goods-columns'
import { Descriptions, Table } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentBody, DocumentHeaderDto } from '../../../../shared/api'
import type { InboundLineDto } from '../../../../shared/doc-types/inbound/inbound-body'
import { Section } from '../../documents/section'

export type InboundBody = Extract<DocumentBody, { kind: 'inbound' }>

/** 成品入库单 (R7): each line with the QC certificate it enters stock by. Quantities only, no prices. */
export function InboundBodyView({ body }: { header: DocumentHeaderDto; body: InboundBody }) {
  const total = body.lines.reduce((sum, l) => sum + l.quantity, 0)
  return (
    <div data-testid="doc-body-inbound">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'receivedOn', label: '入库日期', children: <span className="tabular-nums">{body.receivedOn}</span> },
          {
            key: 'notice',
            label: '生产通知单',
            children: body.sourceNoticeId ? <Link to={`/documents/${body.sourceNoticeId}`}>{body.sourceNoticeNo}</Link> : '—（无通知单）',
          },
          { key: 'remark', label: '备注', children: body.remark ?? '—' },
        ]}
      />
      <Section title="产品与合格证">
        <Table<InboundLineDto>
          size="small"
          bordered
          pagination={false}
          rowKey="lineNo"
          dataSource={body.lines}
          data-testid="doc-inbound-lines"
          columns={[
            ...goodsColumns<InboundLineDto>(),
            { title: '合格证', dataIndex: 'certificateNo', width: 130, render: (no: string) => <span className="tabular-nums">{no}</span> },
            { title: '批号', dataIndex: 'batchNo', width: 110 },
            { title: '检验员', dataIndex: 'inspectorName', width: 80 },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5} align="right">合计</Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right"><span className="tabular-nums" data-testid="doc-inbound-total">{total}</span></Table.Summary.Cell>
              <Table.Summary.Cell index={6} colSpan={3} />
            </Table.Summary.Row>
          )}
        />
      </Section>
    </div>
  )
}
