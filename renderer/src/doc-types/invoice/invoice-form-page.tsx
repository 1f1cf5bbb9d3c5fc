import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Result, Spin } from 'antd'
import { useEffect, useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import type { DocumentView } from '../../../../shared/api'
import { fen } from '../../../../shared/api/common'
import type { InvoiceFiguresDto } from '../../../../shared/doc-types/invoice/invoice-body'
import { plainYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { parseId } from '../../documents/use-document-view'
import { fenOf, YuanInput, yuanRule } from '../../policy/yuan-input'
import { InvoiceFigures } from './invoice-figures'

interface Values { amount?: string; note?: string }
type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; figures: InvoiceFiguresDto; editing: DocumentView | null }

function useInvoiceData(requestId: number | null, contractId: number | null): Loaded {
  const [state, setState] = useState<Loaded>({ kind: 'loading' })
  useEffect(() => {
    let live = true
    const load = async () => {
      const editing = requestId === null ? null : await call('documents.get', { id: requestId })
      const forContract = editing?.body.kind === 'invoice' ? editing.body.contractId : contractId
      if (!forContract) throw new Error('请从已签订的销售合同页面申请开票')
      const figures = await call('invoices.figures', { contractId: forContract, ...(requestId ? { excludeRequestId: requestId } : {}) })
      if (live) setState({ kind: 'ready', figures, editing })
    }
    load().catch((e: unknown) => live && setState({ kind: 'failed', message: errorText(e) }))
    return () => {
      live = false
    }
  }, [requestId, contractId])
  return state
}

/** Routes /invoices/new?contract=ID and /invoices/:id/edit — 开票申请 (R15), by the sales clerk or finance. */
export function InvoiceFormPage() {
  const param = useParams().id
  const [search] = useSearchParams()
  const requestId = param === undefined ? null : parseId(param)
  const data = useInvoiceData(requestId, parseId(search.get('contract') ?? ''))
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  if (data.kind === 'loading') return <Flex justify="center" style={{ padding: 80 }}><Spin size="large" /></Flex>
  if (data.kind === 'failed') return <Result status="warning" title="无法申请开票" subTitle={data.message} data-testid="invoice-load-error" />
  const { figures, editing } = data
  const body = editing?.body.kind === 'invoice' ? editing.body : null

  const finish = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const input = { contractId: figures.contractId, amountFen: fenOf(v.amount), note: v.note }
      const view = await call('invoices.save', editing ? { ...input, id: editing.header.id, version: editing.header.version } : input)
      message.success(`已保存 ${view.header.docNo}，提交后由财务副总审批`)
      navigate(`/documents/${view.header.id}`)
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title={editing ? `修改开票申请 ${editing.header.docNo}` : '开票申请'} data-testid="invoice-form-page">
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 8 }}
        items={[
          { key: 'contract', label: '销售合同', children: figures.contractNo },
          { key: 'customer', label: '客户', children: figures.customerName },
        ]}
      />
      <InvoiceFigures f={figures} />
      {!figures.thresholdMet && (
        <Alert style={{ margin: '16px 0' }} showIcon type="warning" data-testid="invoice-form-threshold" title={`回款未达开票条件 ${figures.thresholdPercent}%，暂不能申请开票`} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ margin: '16px 0' }} data-testid="invoice-form-error" />}
      <Form<Values>
        layout="vertical"
        style={{ marginTop: 16, maxWidth: 480 }}
        initialValues={{ amount: body ? plainYuan(body.amountFen) : figures.availableFen > 0 ? plainYuan(figures.availableFen) : undefined, note: body?.note ?? undefined }}
        onFinish={(v) => void finish(v)}
      >
        <Form.Item label="申请开票金额（元）" name="amount" required rules={[yuanRule(fen.positive('金额须大于 0'), '请输入金额')]}>
          <YuanInput data-testid="invoice-form-amount" />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="invoice-save">
          保存
        </Button>
      </Form>
    </Card>
  )
}
