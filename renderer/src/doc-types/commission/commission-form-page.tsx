import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Result, Select, Space, Spin, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import type { DocumentView } from '../../../../shared/api'
import type { CommissionFiguresDto, SalespersonDto } from '../../../../shared/doc-types/commission/commission-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { parseId } from '../../documents/use-document-view'
import { CommissionLines } from './commission-lines'

interface Values { salespersonUserId?: number; month?: Dayjs; remark?: string }
type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; people: SalespersonDto[]; editing: DocumentView | null }

function useFormData(commissionId: number | null): Loaded {
  const [state, setState] = useState<Loaded>({ kind: 'loading' })
  useEffect(() => {
    let live = true
    const load = async () => {
      const [people, editing] = await Promise.all([call('commissions.salespeople', {}), commissionId === null ? null : call('documents.get', { id: commissionId })])
      if (live) setState({ kind: 'ready', people, editing })
    }
    load().catch((e: unknown) => live && setState({ kind: 'failed', message: errorText(e) }))
    return () => {
      live = false
    }
  }, [commissionId])
  return state
}

/**
 * Routes /commissions/new and /commissions/:id/edit — 提成单 (R16), by the sales clerk: pick the salesperson
 * and a month that is over, the core computes every line (计算); the clerk adds a remark, never a number.
 */
export function CommissionFormPage() {
  const param = useParams().id
  const commissionId = param === undefined ? null : parseId(param)
  const data = useFormData(commissionId)
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [figures, setFigures] = useState<CommissionFiguresDto | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (data.kind === 'loading') return <Flex justify="center" style={{ padding: 80 }}><Spin size="large" /></Flex>
  if (data.kind === 'failed') return <Result status="warning" title="无法填写提成单" subTitle={data.message} data-testid="commission-load-error" />
  const { people, editing } = data
  const body = editing?.body.kind === 'commission' ? editing.body : null

  const chosen = (): { salespersonUserId: number; month: string } | null => {
    const v = form.getFieldsValue()
    return v.salespersonUserId && v.month ? { salespersonUserId: v.salespersonUserId, month: v.month.format('YYYY-MM') } : null
  }
  const compute = async () => {
    const c = chosen()
    setFigures(null)
    setError(null)
    if (!c) return
    setBusy(true)
    try {
      setFigures(await call('commissions.compute', c))
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setBusy(false)
    }
  }
  const save = async (v: Values) => {
    const c = chosen()
    if (!c) return
    setBusy(true)
    setError(null)
    try {
      const input = { ...c, remark: v.remark }
      const view = await call('commissions.save', editing ? { ...input, id: editing.header.id, version: editing.header.version } : input)
      message.success(`已保存 ${view.header.docNo}，提交后由财务审核、财务副总审核、总经理审批`)
      navigate(`/documents/${view.header.id}`)
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setBusy(false)
    }
  }
  const lastMonth = dayjs().subtract(1, 'month').startOf('month')
  return (
    <Card title={editing ? `修改提成单 ${editing.header.docNo}` : '提成单'} data-testid="commission-form-page">
      <Typography.Paragraph type="secondary">
        提成按月结算：选择业务员和已结束的月份，系统按当月分配到其合同的回款、月末生效的提成政策和月末逾期应收计算每份合同的提成与扣减；内勤只填写备注。
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ salespersonUserId: body?.figures.salespersonUserId, month: body ? dayjs(`${body.figures.month}-01`) : lastMonth, remark: body?.remark ?? undefined }}
        onValuesChange={(changed: Values) => ('salespersonUserId' in changed || 'month' in changed) && setFigures(null)}
        onFinish={(v) => void save(v)}
      >
        <Space align="end" wrap>
          <Form.Item label="业务员" name="salespersonUserId" rules={[{ required: true, message: '请选择业务员' }]}>
            <Select style={{ width: 160 }} showSearch optionFilterProp="label" options={people.map((p) => ({ value: p.userId, label: p.name }))} data-testid="commission-person" />
          </Form.Item>
          <Form.Item label="月份" name="month" rules={[{ required: true, message: '请选择月份' }]}>
            <DatePicker picker="month" disabledDate={(d) => !d.isBefore(dayjs(), 'month')} data-testid="commission-month" />
          </Form.Item>
          <Form.Item>
            <Button onClick={() => void compute()} loading={busy} data-testid="commission-compute">
              计算
            </Button>
          </Form.Item>
        </Space>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="commission-form-error" />}
        {figures && (
          <>
            <CommissionLines f={figures} />
            <Form.Item label="备注" name="remark" style={{ marginTop: 16, maxWidth: 560 }}>
              <Input.TextArea maxLength={200} rows={2} data-testid="commission-remark" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="commission-save">
              保存
            </Button>
          </>
        )}
      </Form>
    </Card>
  )
}
