import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Result, Spin, Table } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import type { DocumentView } from '../../../../shared/api'
import type { NoticeRemainingDto, NoticeRemainingLineDto } from '../../../../shared/doc-types/production-notice/production-notice-body'
import { formatYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { parseId } from '../../documents/use-document-view'

interface LineValues { quantity?: number | null; requiredDate?: Dayjs | null }
interface Values { lines: Record<string, LineValues>; note?: string }

type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; remaining: NoticeRemainingDto; editing: DocumentView | null }

function useNoticeData(noticeId: number | null, contractId: number | null): Loaded {
  const [state, setState] = useState<Loaded>({ kind: 'loading' })
  useEffect(() => {
    let live = true
    const load = async () => {
      const editing = noticeId === null ? null : await call('documents.get', { id: noticeId })
      const forContract = editing?.body.kind === 'productionNotice' ? editing.body.contractId : contractId
      if (!forContract) throw new Error('请从已签订的销售合同页面编制生产通知单')
      const remaining = await call('productionNotices.remaining', { contractId: forContract, ...(noticeId ? { excludeNoticeId: noticeId } : {}) })
      if (live) setState({ kind: 'ready', remaining, editing })
    }
    load().catch((e: unknown) => live && setState({ kind: 'failed', message: errorText(e) }))
    return () => {
      live = false
    }
  }, [noticeId, contractId])
  return state
}

/** Routes /production-notices/new?contract=ID and /production-notices/:id/edit — 生产通知单 (R6), by the planner. */
export function ProductionNoticeFormPage() {
  const param = useParams().id
  const [search] = useSearchParams()
  const noticeId = param === undefined ? null : parseId(param)
  const data = useNoticeData(noticeId, parseId(search.get('contract') ?? ''))
  const [form] = Form.useForm<Values>()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  if (data.kind === 'loading') return <Flex justify="center" style={{ padding: 80 }}><Spin size="large" /></Flex>
  if (data.kind === 'failed') return <Result status="warning" title="无法编制生产通知单" subTitle={data.message} data-testid="notice-load-error" />
  const { remaining, editing } = data
  const body = editing?.body.kind === 'productionNotice' ? editing.body : null
  const initial: Values = {
    note: body?.note ?? undefined,
    lines: Object.fromEntries(
      remaining.lines.map((l) => {
        const saved = body?.lines.find((x) => x.contractLineNo === l.contractLineNo)
        return [String(l.contractLineNo), { quantity: saved?.quantity ?? (body ? null : l.remaining || null), requiredDate: dayjs(saved?.requiredDate ?? remaining.deliveryDate) }]
      }),
    ),
  }
  const p = remaining.prepayment

  const finish = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const lines = Object.entries(v.lines)
        .filter(([, l]) => (l.quantity ?? 0) > 0)
        .map(([no, l]) => ({ contractLineNo: Number(no), quantity: l.quantity!, requiredDate: (l.requiredDate ?? dayjs(remaining.deliveryDate)).format('YYYY-MM-DD') }))
      const input = { contractId: remaining.contractId, note: v.note, lines }
      const view = await call('productionNotices.save', editing ? { ...input, id: editing.header.id, version: editing.header.version } : input)
      message.success(`已保存 ${view.header.docNo}，提交后由分管销售副总签发`)
      navigate(`/documents/${view.header.id}`)
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title={editing ? `修改生产通知单 ${editing.header.docNo}` : '编制生产通知单'} data-testid="notice-form-page">
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'contract', label: '销售合同', children: remaining.contractNo },
          { key: 'customer', label: '客户', children: remaining.customerName },
          { key: 'delivery', label: '合同交货日期', children: remaining.deliveryDate },
        ]}
      />
      {p.requiredFen > 0 && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={p.received ? 'success' : 'warning'}
          data-testid="notice-form-prepayment"
          title={`应收预付款 ¥${formatYuan(p.requiredFen)}，已到 ¥${formatYuan(p.receivedFen)}${p.received ? '' : '：预付款到齐前可保存草稿，不能提交下达'}`}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="notice-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void finish(v)}>
        <Table<NoticeRemainingLineDto>
          size="small"
          rowKey="contractLineNo"
          pagination={false}
          dataSource={remaining.lines}
          columns={[
            { title: '行', dataIndex: 'contractLineNo', width: 48 },
            { title: '产品', key: 'product', render: (_, l) => `${l.productName}（${l.productCode}）` },
            { title: '规格型号', dataIndex: 'spec' },
            { title: '合同数量', dataIndex: 'contractQuantity', align: 'right' },
            { title: '已排产', dataIndex: 'noticedQuantity', align: 'right' },
            { title: '尚可排产', dataIndex: 'remaining', align: 'right' },
            {
              title: '本次数量', key: 'quantity', width: 130,
              render: (_, l) => (
                <Form.Item name={['lines', String(l.contractLineNo), 'quantity']} style={{ margin: 0 }} rules={[{ type: 'integer', min: 0, max: l.remaining, message: `不能超过 ${l.remaining}` }]}>
                  <InputNumber min={0} max={l.remaining} precision={0} style={{ width: 100 }} addonAfter={l.unit} data-testid={`notice-qty-${l.contractLineNo}`} />
                </Form.Item>
              ),
            },
            {
              title: '要求完工日期', key: 'date', width: 160,
              render: (_, l) => (
                <Form.Item name={['lines', String(l.contractLineNo), 'requiredDate']} style={{ margin: 0 }} rules={[{ required: true, message: '请选择日期' }]}>
                  <DatePicker data-testid={`notice-date-${l.contractLineNo}`} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Form.Item label="备注" name="note" style={{ marginTop: 16 }}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="notice-save">
          保存
        </Button>
      </Form>
    </Card>
  )
}
