import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Result, Row, Spin, Table } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import type { InstallableLineDto } from '../../../../shared/doc-types/work-order/work-order-body'
import { formatYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { parseId } from '../../documents/use-document-view'
import { useWorkOrderFormData } from './use-work-order-form-data'

interface Values {
  lines: Record<string, { quantity?: number | null }>
  siteAddress: string
  contactName: string
  contactPhone: string
  installers: Array<{ name: string; phone: string }>
  planned: [Dayjs, Dayjs]
  remark?: string
}

/** Routes /work-orders/new?contract=ID and /work-orders/:id/edit — 派工单 (R12), by the sales clerk. */
export function WorkOrderFormPage() {
  const param = useParams().id
  const [search] = useSearchParams()
  const orderId = param === undefined ? null : parseId(param)
  const data = useWorkOrderFormData(orderId, parseId(search.get('contract') ?? ''))
  const [form] = Form.useForm<Values>()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  if (data.kind === 'loading') return <Flex justify="center" style={{ padding: 80 }}><Spin size="large" /></Flex>
  if (data.kind === 'failed') return <Result status="warning" title="无法开派工单" subTitle={data.message} data-testid="work-order-load-error" />
  const { prepared, editing } = data
  const body = editing?.body.kind === 'workOrder' ? editing.body : null
  const first = prepared.firstPayment
  const initial: Values = {
    siteAddress: body?.siteAddress ?? prepared.siteAddress,
    contactName: body?.contactName ?? prepared.contactName,
    contactPhone: body?.contactPhone ?? prepared.contactPhone,
    installers: body?.installers ?? [{ name: '', phone: '' }],
    planned: [dayjs(body?.plannedStart ?? undefined), dayjs(body?.plannedEnd ?? undefined)],
    remark: body?.remark ?? undefined,
    lines: Object.fromEntries(
      prepared.lines.map((l) => {
        const saved = body?.lines.find((x) => x.contractLineNo === l.contractLineNo)
        return [String(l.contractLineNo), { quantity: saved?.quantity ?? (body ? null : l.remaining || null) }]
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
        contractId: prepared.contractId, siteAddress: v.siteAddress, contactName: v.contactName, contactPhone: v.contactPhone, installers: v.installers,
        plannedStart: v.planned[0].format('YYYY-MM-DD'), plannedEnd: v.planned[1].format('YYYY-MM-DD'), remark: v.remark, lines,
      }
      const view = await call('workOrders.save', editing ? { ...input, id: editing.header.id, version: editing.header.version } : input)
      message.success(`已保存 ${view.header.docNo}，提交后由销售经理审批`)
      navigate(`/documents/${view.header.id}`)
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title={editing ? `修改派工单 ${editing.header.docNo}` : '开派工单'} data-testid="work-order-form-page">
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'contract', label: '销售合同', children: prepared.contractNo },
          { key: 'customer', label: '客户', children: prepared.customerName },
          { key: 'first', label: '首期款', children: <span className="tabular-nums" data-testid="work-order-form-first">应收 ¥{formatYuan(first.requiredFen)}，已到账 ¥{formatYuan(first.receivedFen)}</span> },
        ]}
      />
      {!first.received && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="首期款尚未到账：到账前派工单不能保存（R12）" data-testid="work-order-form-held" />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="work-order-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void finish(v)}>
        <Table<InstallableLineDto>
          size="small"
          rowKey="contractLineNo"
          pagination={false}
          dataSource={prepared.lines}
          columns={[
            { title: '行', dataIndex: 'contractLineNo', width: 44 },
            { title: '产品', key: 'product', render: (_, l) => `${l.productName}（${l.productCode}）` },
            { title: '规格型号', dataIndex: 'spec', ellipsis: true },
            { title: '合同数量', dataIndex: 'contractQuantity', align: 'right', width: 80 },
            { title: '已出库', dataIndex: 'shippedQuantity', align: 'right', width: 70 },
            { title: '已派工', dataIndex: 'orderedQuantity', align: 'right', width: 70 },
            { title: '可派工', dataIndex: 'remaining', align: 'right', width: 70 },
            {
              title: '本次安装', key: 'quantity', width: 150,
              render: (_, l) => (
                <Form.Item name={['lines', String(l.contractLineNo), 'quantity']} style={{ margin: 0 }} rules={[{ type: 'integer', min: 0, max: l.remaining, message: `不能超过 ${l.remaining}` }]}>
                  <InputNumber min={0} max={l.remaining} precision={0} style={{ width: 96 }} addonAfter={l.unit} data-testid={`work-order-qty-${l.contractLineNo}`} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col span={12}>
            <Form.Item label="安装地址" name="siteAddress" rules={[{ required: true, message: '请输入安装地址' }]}>
              <Input maxLength={200} data-testid="work-order-site" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="现场联系人" name="contactName" rules={[{ required: true, message: '请输入现场联系人' }]}>
              <Input maxLength={32} data-testid="work-order-contact" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="联系电话" name="contactPhone" rules={[{ required: true, message: '请输入联系电话' }]}>
              <Input maxLength={40} data-testid="work-order-phone" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="计划安装日期" name="planned" rules={[{ required: true, message: '请选择计划开工和完工日期' }]}>
              <DatePicker.RangePicker style={{ width: '100%' }} data-testid="work-order-planned" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="备注" name="remark">
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="installers" rules={[{ validator: async (_, v: unknown[]) => (v?.length ? undefined : Promise.reject(new Error('至少要有一名安装人员'))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              <div style={{ marginBottom: 8 }}>安装人员</div>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: '请输入姓名' }]}>
                    <Input placeholder="姓名" maxLength={32} style={{ width: 160 }} data-testid={`work-order-installer-name-${index}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} rules={[{ required: true, message: '请输入电话' }]}>
                    <Input placeholder="电话" maxLength={40} style={{ width: 180 }} data-testid={`work-order-installer-phone-${index}`} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', phone: '' })} style={{ marginBottom: 16 }}>
                添加安装人员
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
        <div>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="work-order-save">
            保存
          </Button>
        </div>
      </Form>
    </Card>
  )
}
