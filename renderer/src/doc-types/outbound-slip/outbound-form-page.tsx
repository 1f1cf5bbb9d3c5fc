import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Space, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router-dom'
import type { OutboundableLineDto } from '../../../../shared/doc-types/outbound-slip/outbound-slip-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { useLoaded } from '../../hooks/use-loaded'

interface Values {
  postedOn: Dayjs
  remark?: string
  /** Quantity per note line number; 0 or empty leaves the line out (partial outbound, R10). */
  quantities: Record<string, number | null | undefined>
}

/**
 * Route /dispatch-notes/:id/outbound — 出库 (R10): the warehouse posts a slip against an approved, unexpired
 * dispatch note, prefilled with what each line still lacks (partial outbound: lower a quantity, or 0 to
 * leave a line out). Posting lowers stock at once, unless R9's re-check sends it to the general manager.
 */
export function OutboundFormPage() {
  const { id } = useParams()
  const noteId = Number(id)
  const navigate = useNavigate()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const prepared = useLoaded(`outbound ${noteId}`, () => call('outboundSlips.prepare', { dispatchNoteId: noteId }))
  const note = prepared.data
  useEffect(() => {
    if (note) form.setFieldValue('quantities', Object.fromEntries(note.lines.map((l) => [String(l.noteLineNo), l.remaining])))
  }, [note, form])

  const finish = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const lines = Object.entries(v.quantities ?? {})
        .filter(([, q]) => typeof q === 'number' && q > 0)
        .map(([lineNo, q]) => ({ noteLineNo: Number(lineNo), quantity: q as number }))
      const view = await call('outboundSlips.post', { dispatchNoteId: noteId, postedOn: v.postedOn.format('YYYY-MM-DD'), remark: v.remark, lines })
      navigate(`/documents/${view.header.id}`)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setSaving(false)
    }
  }

  if (prepared.error) return <Alert type="error" showIcon title={errorText(prepared.error)} data-testid="outbound-error" />
  return (
    <Card title="出库" loading={!note} extra={<Link to={`/documents/${noteId}`}>返回发货单</Link>}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="outbound-error" />}
      {note && (
        <Descriptions
          size="small"
          column={3}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'note', label: '发货单', children: note.dispatchNoteNo },
            { key: 'contract', label: '销售合同', children: note.contractNo },
            { key: 'customer', label: '客户', children: note.customerName },
            { key: 'address', label: '收货地址', children: note.deliveryAddress },
            { key: 'carrier', label: '承运方', children: note.carrier },
            { key: 'valid', label: '有效期至', children: <span className="tabular-nums">{note.validUntil}</span> },
          ]}
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={finish} initialValues={{ postedOn: dayjs(), quantities: {} }} data-testid="outbound-form">
        <Typography.Paragraph type="secondary">每行数量不超过发货单尚未出库的数量（可部分出库：改小数量，或填 0 不出该行）；过帐后库存随即减少（R10）。</Typography.Paragraph>
        <Table<OutboundableLineDto>
          size="small"
          bordered
          pagination={false}
          rowKey="noteLineNo"
          dataSource={note?.lines ?? []}
          style={{ marginBottom: 16 }}
          data-testid="outbound-lines"
          columns={[
            { title: '行', dataIndex: 'noteLineNo', width: 48, align: 'center' },
            { title: '产品编码', dataIndex: 'productCode', width: 120 },
            { title: '产品名称', dataIndex: 'productName' },
            { title: '规格型号', dataIndex: 'spec' },
            { title: '单位', dataIndex: 'unit', width: 56, align: 'center' },
            { title: '发货数量', dataIndex: 'noteQuantity', width: 88, align: 'right' },
            { title: '已出库', dataIndex: 'postedQuantity', width: 80, align: 'right' },
            { title: '尚可出库', dataIndex: 'remaining', width: 88, align: 'right' },
            { title: '在库', dataIndex: 'onHand', width: 72, align: 'right' },
            {
              title: '本次出库',
              width: 120,
              render: (_: unknown, l) => (
                <Form.Item name={['quantities', String(l.noteLineNo)]} style={{ margin: 0 }}>
                  <InputNumber min={0} max={l.remaining} precision={0} style={{ width: '100%' }} disabled={l.remaining === 0} data-testid={`outbound-qty-${l.noteLineNo}`} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Space size={24} align="start">
          <Form.Item name="postedOn" label="出库日期" rules={[{ required: true, message: '请选择出库日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="remark" label="备注" style={{ width: 420 }}>
            <Input maxLength={500} placeholder="车号、装车批次等" />
          </Form.Item>
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={saving} disabled={!note} data-testid="outbound-post">
            出库过帐
          </Button>
        </div>
      </Form>
    </Card>
  )
}
