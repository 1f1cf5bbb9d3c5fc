import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Card, DatePicker, Empty, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import type { QcCertificateDto } from '../../../../shared/doc-types/inbound/qc-certificate'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { useLoaded } from '../../hooks/use-loaded'
import { linesFromNotice } from './notice-prefill'

interface LineValues {
  certificateId?: number
  quantity?: number
}
interface Values {
  sourceNoticeId?: number
  receivedOn: Dayjs
  remark?: string
  lines: LineValues[]
}

/**
 * Route /inbound/new — 新建成品入库单 (R7). Each line is a QC certificate waiting for inbound: the
 * product comes from it, the quantity is at most its quantity. Saved as a draft; 提交 on its page sends it
 * to the warehouse, whose signature posts it into stock.
 */
export function InboundFormPage() {
  const navigate = useNavigate()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [params] = useSearchParams()
  const certs = useLoaded('issued', () => call('qcCertificates.list', { status: 'issued', pageSize: 200 }))
  const notices = useLoaded('awaiting', () => call('productionNotices.awaitingInbound', {}))
  const byId = useMemo(() => new Map((certs.data?.rows ?? []).map((c) => [c.id, c])), [certs.data])
  const lines = Form.useWatch('lines', form) ?? []
  const noticeId = Form.useWatch('sourceNoticeId', form)
  const notice = notices.data?.find((n) => n.noticeId === noticeId)
  // Against a notice, only certificates of its products (R6 → R7).
  const offered = (certs.data?.rows ?? []).filter((c) => !notice || notice.lines.some((l) => l.productId === c.productId))
  const pickNotice = (id: number | undefined) => {
    const picked = notices.data?.find((n) => n.noticeId === id)
    form.setFieldValue('lines', picked ? linesFromNotice(picked, certs.data?.rows ?? []) : [{}])
  }
  // 按此通知单入库 on the notice's page opens /inbound/new?noticeId=…: once both lists are in, prefill.
  const prefilled = useRef(false)
  const fromUrl = Number(params.get('noticeId')) || undefined
  useEffect(() => {
    if (prefilled.current || !fromUrl || !notices.data || !certs.data) return
    prefilled.current = true
    const picked = notices.data.find((n) => n.noticeId === fromUrl)
    if (!picked) return
    form.setFieldValue('sourceNoticeId', fromUrl)
    form.setFieldValue('lines', linesFromNotice(picked, certs.data.rows))
  }, [fromUrl, notices.data, certs.data, form])
  const chosen = new Set(lines.map((l) => l?.certificateId).filter(Boolean))

  const finish = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const view = await call('inbound.create', {
        ...(v.sourceNoticeId ? { sourceNoticeId: v.sourceNoticeId } : {}),
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        remark: v.remark,
        lines: v.lines.map((l) => {
          const cert = l.certificateId === undefined ? undefined : byId.get(l.certificateId)
          return { productId: cert?.productId ?? 0, quantity: l.quantity ?? 0, certificateId: l.certificateId }
        }),
      })
      navigate(`/documents/${view.header.id}`)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setSaving(false)
    }
  }

  const option = (c: QcCertificateDto) => ({ value: c.id, label: `${c.certNo}　${c.productCode} ${c.productName}　${c.quantity}${c.unit}　批号 ${c.batchNo}`, disabled: chosen.has(c.id) })

  return (
    <Card title="新建成品入库单" extra={<Link to="/qc-certificates">查看合格证</Link>}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="inbound-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={finish} initialValues={{ receivedOn: dayjs(), lines: [{}] }} data-testid="inbound-form">
        <Form.Item name="sourceNoticeId" label="按生产通知单（可选）" extra="选择已签发、尚未全部入库的通知单：带出其产品和尚未入库的数量（R6）" style={{ maxWidth: 640 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="不按通知单入库"
            loading={notices.loading}
            notFoundContent="没有待入库的生产通知单"
            options={(notices.data ?? []).map((n) => ({
              value: n.noticeId,
              label: `${n.noticeNo}　${n.customerName}　${n.lines.map((l) => `${l.productName} 尚缺 ${l.remaining}${l.unit}`).join('、')}`,
            }))}
            onChange={pickNotice}
            data-testid="inbound-notice"
          />
        </Form.Item>
        {notice && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="inbound-notice-remaining"
            title={`通知单 ${notice.noticeNo} 尚未入库：${notice.lines.map((l) => `${l.productCode} ${l.productName} ${l.remaining}${l.unit}（通知 ${l.noticeQuantity}，已入库 ${l.enteredQuantity}）`).join('；')}`}
          />
        )}
        <Space size={24} align="start">
          <Form.Item name="receivedOn" label="入库日期" rules={[{ required: true, message: '请选择入库日期' }]}>
            <DatePicker data-testid="inbound-received-on" />
          </Form.Item>
          <Form.Item name="remark" label="备注" style={{ width: 420 }}>
            <Input maxLength={500} placeholder="车间、班组等" />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary">每一行须附质检员签发、尚未入库的合格证（R7）；产品取自合格证，入库数量不超过合格证数量。</Typography.Paragraph>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              <Table
                size="small"
                bordered
                pagination={false}
                rowKey="key"
                dataSource={fields}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="请添加入库行" /> }}
                columns={[
                  { title: '序号', width: 56, align: 'center', render: (_: unknown, __: unknown, i: number) => i + 1 },
                  {
                    title: '合格证',
                    render: (_: unknown, field) => (
                      <Form.Item name={[field.name, 'certificateId']} rules={[{ required: true, message: '请选择合格证（R7）' }]} style={{ margin: 0 }}>
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          placeholder="合格证号、产品或批号"
                          options={offered.map(option)}
                          loading={certs.loading}
                          notFoundContent="没有待入库的合格证"
                          onChange={(id: number) => form.setFieldValue(['lines', field.name, 'quantity'], byId.get(id)?.quantity)}
                          data-testid={`inbound-cert-${field.name}`}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '入库数量',
                    width: 140,
                    render: (_: unknown, field) => {
                      const cert = byId.get(lines[field.name]?.certificateId ?? -1)
                      return (
                        <Form.Item name={[field.name, 'quantity']} rules={[{ required: true, message: '请输入数量' }]} style={{ margin: 0 }}>
                          <InputNumber min={1} max={cert?.quantity} precision={0} addonAfter={cert?.unit} style={{ width: 120 }} data-testid={`inbound-quantity-${field.name}`} />
                        </Form.Item>
                      )
                    },
                  },
                  {
                    title: '',
                    width: 48,
                    render: (_: unknown, field) => <Button type="text" icon={<DeleteOutlined />} disabled={fields.length === 1} onClick={() => remove(field.name)} />,
                  },
                ]}
              />
              <div style={{ marginTop: 8 }}>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="inbound-add-line">添加一行</Button>
              </div>
            </>
          )}
        </Form.List>
        <Space style={{ marginTop: 24, display: 'flex' }}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="inbound-save">保存草稿</Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Space>
      </Form>
    </Card>
  )
}
