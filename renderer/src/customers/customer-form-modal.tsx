import { Alert, App, Button, Col, Form, Input, Modal, Row } from 'antd'
import { useState } from 'react'
import type { CustomerDto } from '../../../shared/api'
import { call } from '../api/client'
import { errorCode, errorText } from '../api/error-text'
import { zodRule } from '../forms/zod-rule'
import { useLastPresent } from '../hooks/use-last-present'
import { BANK_READERS } from '../../../shared/need-to-know'
import { useSees } from '../session/can-call'
import { CustomerContactsField } from './customer-contacts-field'
import { customerFields, customerInputOf, customerValues, EMPTY_CUSTOMER, formName, type CustomerValues } from './customer-schema'

export type CustomerEditing = { kind: 'new' } | { kind: 'edit'; customer: CustomerDto }

interface Props {
  editing: CustomerEditing | null
  onClose(): void
  onSaved?(customer: CustomerDto): void
}

/**
 * 新建客户 / 编辑客户档案. Credit terms are not here: they change only through a 信用变更单 (R2).
 * An edit carries the version it was read at; if someone saved in between, the core answers
 * STALE_VERSION and the user may load the latest file (their typing is then replaced).
 */
export function CustomerFormModal({ editing, onClose, onSaved }: Props) {
  const { message } = App.useApp()
  const [form] = Form.useForm<CustomerValues>()
  const shown = useLastPresent(editing)
  const [base, setBase] = useState<CustomerDto | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<{ text: string; stale: boolean } | null>(null)
  // The version and values the form started from: the one opened, or the latest after 载入最新.
  const current = base ?? (shown?.kind === 'edit' ? shown.customer : null)
  // Need-to-know: bank details are typed in when the file is made; after that only finance sees and edits them.
  const bankShown = useSees(BANK_READERS) || !current

  const finish = async (values: CustomerValues) => {
    setSubmitting(true)
    setError(null)
    try {
      const input = customerInputOf(values, bankShown)
      const saved = await call('customers.save', current ? { ...input, id: current.id, version: current.version } : input)
      message.success(current ? `已保存客户档案：${saved.name}` : `已建档：${saved.name}（D 级、零信用，须经信用变更审批后赊销）`)
      onSaved?.(saved)
      onClose()
    } catch (caught) {
      const code = errorCode(caught)
      const fields = (caught as { details?: { fields?: { path: string; message: string }[] } }).details?.fields ?? []
      if (code === 'CREDIT_CODE_TAKEN') form.setFields([{ name: 'creditCode', errors: [errorText(caught)] }])
      else if (code === 'INVALID_INPUT' && fields.length > 0)
        form.setFields(fields.map((f) => ({ name: formName(f.path), errors: [f.message] })) as Parameters<typeof form.setFields>[0])
      else setError({ text: errorText(caught), stale: code === 'STALE_VERSION' })
    } finally {
      setSubmitting(false)
    }
  }

  const reloadLatest = async () => {
    if (!current) return
    try {
      const latest = await call('customers.get', { id: current.id })
      setBase(latest)
      form.setFieldsValue(customerValues(latest))
      setError(null)
      message.info('已载入最新的客户档案，请重新修改')
    } catch (caught) {
      setError({ text: errorText(caught), stale: false })
    }
  }

  return (
    <Modal
      open={editing !== null}
      title={current ? '编辑客户档案' : '新建客户'}
      width={780}
      okText={current ? '保存' : '建档'}
      okButtonProps={{ htmlType: 'submit', loading: submitting, 'data-testid': 'customer-form-submit' }}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (!open) {
          setError(null)
          setBase(null)
        }
      }}
      modalRender={(dom) => (
        <Form<CustomerValues>
          form={form}
          layout="vertical"
          requiredMark
          initialValues={current ? customerValues(current) : EMPTY_CUSTOMER}
          onFinish={(values) => void finish(values)}
          onValuesChange={() => error && !error.stale && setError(null)}
          clearOnDestroy
          data-testid="customer-form"
        >
          {dom}
        </Form>
      )}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.stale ? `${error.text}：您打开后该客户档案已被他人修改，请点“载入最新”后重新修改` : error.text}
          action={
            error.stale && (
              <Button size="small" onClick={() => void reloadLatest()} data-testid="customer-form-reload">
                载入最新
              </Button>
            )
          }
          style={{ marginBottom: 16 }}
          data-testid="customer-form-error"
        />
      )}
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item label="客户名称" name="name" required rules={[zodRule(customerFields.name)]}>
            <Input autoFocus maxLength={100} placeholder="与营业执照一致" data-testid="customer-form-name" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item
            label="统一社会信用代码"
            name="creditCode"
            required
            normalize={(value: string) => value.toUpperCase().replace(/\s/g, '')}
            validateTrigger="onBlur"
            rules={[zodRule(customerFields.creditCode)]}
          >
            <Input
              maxLength={18}
              autoComplete="off"
              className="tabular-nums"
              placeholder="18 位，自动核对校验位"
              // The check digit is known once all 18 are typed: say so at once, not only on leaving the field.
              onChange={(event) => event.target.value.length === 18 && void form.validateFields(['creditCode']).catch(() => undefined)}
              data-testid="customer-form-credit-code"
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item label="地址" name="address" rules={[zodRule(customerFields.address, { whenEmpty: '' })]}>
            <Input maxLength={200} data-testid="customer-form-address" />
          </Form.Item>
        </Col>
        {bankShown && (
          <>
            <Col span={12}>
              <Form.Item label="开户行" name="bankName" rules={[zodRule(customerFields.bankName, { whenEmpty: '' })]}>
                <Input maxLength={100} data-testid="customer-form-bank-name" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="账号" name="bankAccount" rules={[zodRule(customerFields.bankAccount, { whenEmpty: '' })]}>
                <Input maxLength={40} className="tabular-nums" data-testid="customer-form-bank-account" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="开票地址、电话" name="taxAddressPhone" rules={[zodRule(customerFields.taxAddressPhone, { whenEmpty: '' })]}>
                <Input maxLength={200} placeholder="如：杭州市余杭区文一西路 100 号 0571-88886666" data-testid="customer-form-tax" />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      <Form.Item label="联系人" style={{ marginBottom: 8 }}>
        <CustomerContactsField />
      </Form.Item>
    </Modal>
  )
}
