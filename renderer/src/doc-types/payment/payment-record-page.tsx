import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Switch, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { InputOf } from '../../../../shared/api'
import { fen } from '../../../../shared/api/common'
import { parseYuan } from '../../../../shared/money'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { CustomerSelect } from '../../customers/customer-select'
import { fenOf, YuanInput, yuanRule } from '../../policy/yuan-input'
import { AllocationRows, allocationsOf, type AllocationValues } from './allocation-rows'

interface Values {
  customerId?: number
  receivedOn?: Dayjs
  amount?: string
  method: 'transfer' | 'bill' | 'cash'
  bank?: string
  reference?: string
  billNo?: string
  issuingBank?: string
  billDates?: [Dayjs, Dayjs]
  billKind?: 'bank' | 'commercial'
  endorsable?: boolean
  slipRef?: string
  remark?: string
  alloc?: AllocationValues
}

function methodOf(v: Values): InputOf<'payments.record'>['method'] {
  if (v.method === 'transfer') return { kind: 'transfer', bank: v.bank ?? '', reference: v.reference ?? '' }
  if (v.method === 'bill')
    return {
      kind: 'bill', billNo: v.billNo ?? '', issuingBank: v.issuingBank ?? '', issuedOn: v.billDates?.[0].format('YYYY-MM-DD') ?? '',
      dueOn: v.billDates?.[1].format('YYYY-MM-DD') ?? '', billKind: v.billKind ?? 'bank', endorsable: v.endorsable ?? false,
    }
  return { kind: 'cash' }
}

const required = (message: string) => [{ required: true, whitespace: true, message }]

/** Route /payments/new — 收款登记 (R14): finance records money received and may allocate it at once. */
export function PaymentRecordPage() {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const customerId = Form.useWatch('customerId', form)
  const method = Form.useWatch('method', form)

  const finish = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const view = await call('payments.record', {
        customerId: v.customerId!, receivedOn: v.receivedOn!.format('YYYY-MM-DD'), amountFen: fenOf(v.amount), method: methodOf(v),
        remark: v.remark, slipRef: v.slipRef, allocations: allocationsOf(v.alloc, parseYuan),
      })
      message.success(`已登记 ${view.header.docNo}`)
      navigate(`/documents/${view.header.id}`)
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title="收款登记" data-testid="payment-record-page">
      <Form<Values> form={form} layout="vertical" requiredMark initialValues={{ method: 'transfer', receivedOn: dayjs(), billKind: 'bank', endorsable: true }} onFinish={(v) => void finish(v)}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="payment-record-error" />}
        <Row gutter={16}>
          <Col xs={24} lg={10}>
            <Form.Item label="付款客户" name="customerId" rules={[{ required: true, message: '请选择付款客户' }]}>
              <CustomerSelect testId="payment-customer" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={5}>
            <Form.Item label="到账日期" name="receivedOn" rules={[{ required: true, message: '请选择到账日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="payment-received-on" />
            </Form.Item>
          </Col>
          <Col xs={12} lg={5}>
            <Form.Item label="金额（元）" name="amount" required rules={[yuanRule(fen.positive('金额须大于 0'), '请输入金额')]}>
              <YuanInput data-testid="payment-amount-input" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="收款方式" name="method">
          <Radio.Group
            optionType="button"
            data-testid="payment-method"
            options={[{ value: 'transfer', label: '银行转账' }, { value: 'bill', label: '承兑汇票' }, { value: 'cash', label: '现金' }]}
          />
        </Form.Item>
        {method === 'transfer' && (
          <Row gutter={16}>
            <Col xs={12} lg={8}><Form.Item label="汇款银行" name="bank" rules={required('请输入汇款银行')}><Input maxLength={60} data-testid="payment-bank" /></Form.Item></Col>
            <Col xs={12} lg={8}><Form.Item label="银行流水号" name="reference" rules={required('请输入银行流水号')}><Input maxLength={40} data-testid="payment-reference" /></Form.Item></Col>
          </Row>
        )}
        {method === 'bill' && (
          <Row gutter={16}>
            <Col xs={12} lg={6}><Form.Item label="汇票号码" name="billNo" rules={required('请输入汇票号码')}><Input maxLength={40} data-testid="payment-bill-no" /></Form.Item></Col>
            <Col xs={12} lg={6}><Form.Item label="承兑/出票银行" name="issuingBank" rules={required('请输入承兑银行')}><Input maxLength={60} data-testid="payment-bill-bank" /></Form.Item></Col>
            <Col xs={12} lg={6}><Form.Item label="出票日 — 到期日" name="billDates" rules={[{ required: true, message: '请选择出票日和到期日' }]}><DatePicker.RangePicker style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={6} lg={3}><Form.Item label="种类" name="billKind"><Select options={[{ value: 'bank', label: '银行承兑' }, { value: 'commercial', label: '商业承兑' }]} /></Form.Item></Col>
            <Col xs={6} lg={3}><Form.Item label="可背书" name="endorsable" valuePropName="checked"><Switch /></Form.Item></Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col xs={12} lg={8}><Form.Item label="银行回单号" name="slipRef"><Input maxLength={40} data-testid="payment-slip" /></Form.Item></Col>
          <Col xs={12} lg={12}><Form.Item label="备注" name="remark"><Input maxLength={200} /></Form.Item></Col>
        </Row>
        <Typography.Title level={5}>分配到合同</Typography.Title>
        <Typography.Paragraph type="secondary">每份合同不超过其尚欠金额；未分配的部分作为该客户的预收款，以后可再分配。</Typography.Paragraph>
        <AllocationRows customerId={customerId} />
        <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 16 }} data-testid="payment-record-submit">
          登记收款
        </Button>
      </Form>
    </Card>
  )
}
