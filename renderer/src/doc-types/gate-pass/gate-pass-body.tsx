import { goodsColumns } from '../../documents/goods-columns'
import { Descriptions, Table } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import type { GatePassLineDto } from '../../../../shared/doc-types/gate-pass/gate-pass-body'
import { formatShanghai } from '../../../../shared/dates'
import { Section } from '../../documents/section'
import type { BodyOf } from '../doc-type-ui'


/** 出门证 (issue 12): the vehicle, its driver, the time out, and the goods of the slip it left on — no price, for anyone. */
export function GatePassBodyView({ body }: { header: DocumentHeaderDto; body: BodyOf<'gatePass'> }) {
  return (
    <div data-testid="doc-body-gate-pass">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'plate', label: '车牌号', children: <span data-testid="gate-pass-plate">{body.vehiclePlate}</span> },
          { key: 'driver', label: '司机', children: body.driverName },
          { key: 'phone', label: '司机电话', children: body.driverPhone ?? '—' },
          { key: 'leftAt', label: '出门时间', children: <span className="tabular-nums">{formatShanghai(body.leftAt)}</span> },
          { key: 'slip', label: '出库单', children: <Link to={`/documents/${body.outboundSlipId}`}>{body.outboundSlipNo}</Link> },
          { key: 'note', label: '发货单', children: body.dispatchNoteNo },
          { key: 'customer', label: '客户', children: body.customerName },
          { key: 'address', label: '收货地址', children: body.deliveryAddress },
          { key: 'carrier', label: '承运方', children: body.carrier },
          { key: 'remark', label: '备注', children: body.remark ?? '—' },
        ]}
      />
      <Section title="放行货物">
        <Table<GatePassLineDto>
          size="small"
          bordered
          pagination={false}
          rowKey="lineNo"
          dataSource={body.lines}
          data-testid="doc-gate-pass-lines"
          columns={[
            ...goodsColumns<GatePassLineDto>(),
          ]}
        />
      </Section>
    </div>
  )
}
