import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Result, Row, Spin, Table } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import type { DispatchableLineDto } from '../../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { parseId } from '../../documents/use-document-view'
import { useDispatchFormData } from './use-dispatch-form-data'

interface Values {
  lines: Record<string, { quantity?: number | null }>
  deliveryAddress: string
  contactName: string
  contactPhone: string
  carrier: string
  validUntil: Dayjs
  remark?: string
}

const max = (l: DispatchableLineDto) => Math.max(0, Math.min(l.remaining, l.available))

/** Routes /dispatch-notes/new?contract=ID and /dispatch-notes/:id/edit — 发货单 (R8), by the sales clerk. */
export function DispatchNoteFormPage() {
  const param = useParams().id
  const [search] = useSearchParams()
  const noteId = param === undefined ? null : parseId(param)
  const data = useDispatchFormData(noteId, parseId(search.get('contract') ?? ''))
  const [form] = Form.useForm<Values>()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  if (data.kind === 'loading') return <Flex justify="center" style={{ padding: 80 }}><Spin size="large" /></Flex>
  if (data.kind === 'failed') return <Result status="warning" title="无法开发货单" subTitle={data.message} data-testid="dispatch-load-error" />
  const { prepared, editing } = data
  const body = editing?.body.kind === 'dispatchNote' ? editing.body : null
  const initial: Values = {
    deliveryAddress: body?.deliveryAddress ?? prepared.deliveryAddress,
    contactName: body?.contactName ?? prepared.contactName,
    contactPhone: body?.contactPhone ?? prepared.contactPhone,
    carrier: body?.carrier ?? '',
    validUntil: dayjs(body?.validUntil ?? prepared.validUntil),
    remark: body?.remark ?? undefined,
    lines: Object.fromEntries(
      prepared.lines.map((l) => {
        const saved = body?.lines.find((x) => x.contractLineNo === l.contractLineNo)
        return [String(l.contractLineNo), { quantity: saved?.quantity ?? (body ? null : l.suggested || null) }]
      }),
    ),
  }

  const finish = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const lines = Object.entries(v.lines)
        .filter(([, l]) => (l.quantity ?? 0) > 0)
        .map(([no, l]) => ({ contractLineNo: Number(no), quantity: l.quantity! }))
      const input = {
        contractId: prepared.contractId, deliveryAddress: v.deliveryAddress, contactName: v.contactName, contactPhone: v.contactPhone, carrier: v.carrier,
        validUntil: v.validUntil.format('YYYY-MM-DD'), remark: v.remark, lines,
      }
      const view = await call('dispatchNotes.save', editing ? { ...input, id: editing.header.id, version: editing.header.version } : input)
      message.success(`已保存 ${view.header.docNo}，提交后由销售经理审批`)
      navigate(`/documents/${view.header.id}`)
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title={editing ? `修改发货单 ${editing.header.docNo}` : '开发货单'} data-testid="dispatch-form-page">
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'contract', label: '销售合同', children: prepared.contractNo },
          { key: 'customer', label: '客户', children: prepared.customerName },
          { key: 'hint', label: '可发数量', children: '不超过合同尚未发货数，也不超过可用库存（在库 − 已批准未出库占用）' },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="dispatch-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void finish(v)}>
        <Table<DispatchableLineDto>
          size="small"
          rowKey="contractLineNo"
          pagination={false}
          dataSource={prepared.lines}
          columns={[
            { title: '行', dataIndex: 'contractLineNo', width: 44 },
            { title: '产品', key: 'product', render: (_, l) => `${l.productName}（${l.productCode}）` },
            { title: '规格型号', dataIndex: 'spec', ellipsis: true },
            { title: '合同数量', dataIndex: 'contractQuantity', align: 'right', width: 80 },
            { title: '已开发货', dataIndex: 'dispatchedQuantity', align: 'right', width: 80 },
            { title: '尚未发货', dataIndex: 'remaining', align: 'right', width: 80 },
            { title: '在库', dataIndex: 'onHand', align: 'right', width: 64 },
            { title: '已占用', dataIndex: 'reserved', align: 'right', width: 70 },
            { title: '可用', dataIndex: 'available', align: 'right', width: 64, render: (a: number) => <span className="tabular-nums">{Math.max(0, a)}</span> },
            {
              title: '本次发货', key: 'quantity', width: 130,
              render: (_, l) => (
                <Form.Item name={['lines', String(l.contractLineNo), 'quantity']} style={{ margin: 0 }} rules={[{ type: 'integer', min: 0, max: max(l), message: `不能超过 ${max(l)}` }]}>
                  <InputNumber min={0} max={max(l)} precision={0} style={{ width: 96 }} addonAfter={l.unit} data-testid={`dispatch-qty-${l.contractLineNo}`} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col span={12}>
            <Form.Item label="收货地址" name="deliveryAddress" rules={[{ required: true, message: '请输入收货地址' }]}>
              <Input maxLength={200} data-testid="dispatch-address" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="联系人" name="contactName" rules={[{ required: true, message: '请输入联系人' }]}>
              <Input maxLength={32} data-testid="dispatch-contact" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="联系电话" name="contactPhone" rules={[{ required: true, message: '请输入联系电话' }]}>
              <Input maxLength={40} data-testid="dispatch-phone" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="承运方" name="carrier" rules={[{ required: true, message: '请输入承运方' }]}>
              <Input maxLength={60} placeholder="物流公司或自提" data-testid="dispatch-carrier" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="有效期至" name="validUntil" rules={[{ required: true, message: '请选择有效期' }]} extra="过期的发货单不能出库">
              <DatePicker style={{ width: '100%' }} data-testid="dispatch-valid-until" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="备注" name="remark">
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="dispatch-save">
          保存
        </Button>
      </Form>
    </Card>
  )
}
