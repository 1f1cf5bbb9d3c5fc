import { App, Card, Col, DatePicker, Form, Input, Row, Switch, Typography } from 'antd'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import type { DocumentView, PriceListDto, PriceListItemDto } from '../../../../shared/api'
import { call } from '../../api/client'
import { errorCode, errorText } from '../../api/error-text'
import type { ApplicationBody } from './application-body'
import { checkTerms, EMPTY_APPLICATION, formFieldOf, fromApplicationBody, toApplicationInput, type ApplicationFormValues } from './application-form-values'
import { ApplicationLinesEditor } from './application-lines-editor'
import { ApplicationTotalBar } from './application-total-bar'
import { CustomerSelect } from '../../customers/customer-select'
import { PaymentTermsEditor } from './payment-terms-editor'
import { PolicyMissingAlert } from './policy-missing-alert'
import { productOptions } from '../../documents/product-select'

interface Props {
  policy: PriceListDto | null
  /** The saved application when editing (draft, rejected or withdrawn, by its drafter). */
  editing: { view: DocumentView; body: ApplicationBody } | null
  /** Reads the policy (and the saved application) again. */
  onReload(): void
  onStale(): void
}

const TERMS_CARD = 'app-terms-card'

interface FieldIssue {
  path: string
  message: string
}

function fieldIssues(details: unknown): FieldIssue[] {
  const fields = (details as { fields?: unknown } | null)?.fields
  return Array.isArray(fields) ? (fields as FieldIssue[]).filter((f) => typeof f?.path === 'string') : []
}

/** The 合同申报单 form (R3): built from the policy in force, saved as a draft or saved and submitted at once. */
export function ApplicationForm({ policy, editing, onReload, onStale }: Props) {
  const [form] = Form.useForm<ApplicationFormValues>()
  const navigate = useNavigate()
  const location = useLocation()
  const { message, modal } = App.useApp()
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [policyRefused, setPolicyRefused] = useState(false)
  const initial = useMemo(() => (editing ? fromApplicationBody(editing.body) : EMPTY_APPLICATION), [editing])
  const items = useMemo(() => new Map<number, PriceListItemDto>((policy?.items ?? []).map((i) => [i.productId, i])), [policy])
  const options = useMemo(() => productOptions(policy?.items ?? [], editing?.body.lines ?? []), [policy, editing])
  const values = Form.useWatch([], form) as Partial<ApplicationFormValues> | undefined
  const { totalFen, differenceFen } = checkTerms(values ?? initial)

  const onValuesChange = () => {
    if (error) setError(null)
  }

  /** 保存并提交: the draft is saved first; a refused submit leaves it saved, on its page, with the reason. */
  const submitSaved = async (view: DocumentView) => {
    try {
      const submitted = await call('documents.act', { id: view.header.id, version: view.header.version, action: 'submit' })
      message.success(`已保存并提交 ${submitted.header.docNo}`)
    } catch (caught) {
      message.error(`已保存草稿 ${view.header.docNo}，但未能提交：${errorText(caught)}`, 8)
    }
  }

  const save = async (andSubmit = false) => {
    let validated: ApplicationFormValues
    try {
      validated = await form.validateFields()
    } catch {
      return // antd shows each problem under its field and scrolls to the first
    }
    const header = editing?.view.header
    setSaving(andSubmit ? 'submit' : 'draft')
    try {
      const view = await call('applications.save', toApplicationInput(validated, header ? { id: header.id, version: header.version } : null))
      if (andSubmit) await submitSaved(view)
      else message.success(`已保存草稿 ${view.header.docNo}，核对无误后请点“提交”`)
      navigate(`/documents/${view.header.id}`, { replace: true })
    } catch (caught) {
      const code = errorCode(caught)
      if (code === 'POLICY_NOT_IN_FORCE') setPolicyRefused(true)
      else if (code === 'STALE_VERSION') onStale()
      const issues = code === 'INVALID_INPUT' ? fieldIssues((caught as { details?: unknown }).details) : []
      const placed = issues.flatMap((issue) => {
        const name = formFieldOf(issue.path)
        return name ? [{ name, errors: [issue.message] }] : []
      })
      if (placed.length) form.setFields(placed as Parameters<typeof form.setFields>[0])
      if (placed.length < issues.length || (code !== 'INVALID_INPUT' && code !== 'POLICY_NOT_IN_FORCE' && code !== 'STALE_VERSION')) {
        setError(errorText(caught))
      }
    } finally {
      setSaving(null)
    }
  }

  const cancel = () => {
    // Opened directly (no history in this window): back to the queue rather than out of the app.
    const leave = () =>
      editing ? navigate(`/documents/${editing.view.header.id}`) : location.key === 'default' ? navigate('/') : navigate(-1)
    if (!form.isFieldsTouched()) return leave()
    modal.confirm({ title: '放弃未保存的修改？', okText: '放弃', cancelText: '继续填写', okButtonProps: { danger: true }, onOk: leave })
  }

  const policyMissing = policy === null || policyRefused
  return (
    <Form<ApplicationFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={onValuesChange}
      scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
      requiredMark
      data-testid="app-form"
    >
      {policyMissing && <PolicyMissingAlert onReload={onReload} />}
      <Card size="small" title="基本信息" style={{ marginTop: policyMissing ? 12 : 0 }}>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item label="客户" name="customerId" required rules={[{ required: true, message: '请选择客户' }]}>
              <CustomerSelect testId="app-customer" style={{ width: '100%' }} initial={editing ? { id: editing.body.customerId, name: editing.view.header.customerName ?? '' } : null} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label="交货日期" name="deliveryDate" required rules={[{ required: true, message: '请选择交货日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="app-delivery" />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label="需要安装" name="installationNeeded" valuePropName="checked" extra="需要时，发货后由销售内勤开派工单">
              <Switch checkedChildren="需要" unCheckedChildren="不需要" data-testid="app-installation" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={`产品明细${policy ? `（价目表第 ${policy.versionNo} 版，${policy.effectiveFrom} 起执行）` : ''}`} style={{ marginTop: 12 }}>
        <ApplicationLinesEditor form={form} items={items} options={options} />
      </Card>
      <Card size="small" title="付款条件" style={{ marginTop: 12, scrollMarginTop: 16 }} id={TERMS_CARD}>
        <PaymentTermsEditor form={form} />
      </Card>
      <Card size="small" title="其他" style={{ marginTop: 12, marginBottom: 12 }}>
        <Form.Item
          label="非标准条款"
          name="nonStandardTerms"
          extra={
            <Typography.Text type="warning">
              按标准合同文本签订请留空。填写后，依据本申报单签订的合同须经法务审核（R4），办理时间会更长。
            </Typography.Text>
          }
          rules={[{ max: 2000, message: '非标准条款最多 2000 个字' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder="与标准合同文本不同的约定，如付款方式、违约责任、质保期" data-testid="app-non-standard" />
        </Form.Item>
        <Form.Item label="备注" name="note" rules={[{ max: 500, message: '备注最多 500 个字' }]} style={{ marginBottom: 0 }}>
          <Input.TextArea rows={2} maxLength={500} data-testid="app-note" />
        </Form.Item>
      </Card>
      <ApplicationTotalBar
        totalFen={totalFen}
        differenceFen={differenceFen}
        onShowTerms={() => document.getElementById(TERMS_CARD)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
        error={error}
        saving={saving}
        disabled={policy === null}
        onDismissError={() => setError(null)}
        onCancel={cancel}
        onSave={() => void save()}
        onSaveAndSubmit={() => void save(true)}
      />
    </Form>
  )
}
