import { App, Form, Input, InputNumber } from 'antd'
import { call } from '../../api/client'
import { FormModal } from '../../forms/form-modal'

interface Values {
  copies: number
  purpose: string
}

interface Props {
  open: boolean
  contractId: number
  contractNo: string
  onClose(): void
  /** The register changed: the page reads the contract again to show the new row. */
  onUsed(): void
}

/** R4: every use of the contract seal is logged — who, when, which contract, how many copies, why. */
export function SealUseModal({ open, contractId, contractNo, onClose, onUsed }: Props) {
  const { message } = App.useApp()
  const submit = async (values: Values) => {
    await call('seal.use', { contractId, copies: values.copies, purpose: values.purpose.trim() })
    message.success('已登记用章')
    onClose()
    onUsed()
  }
  return (
    <FormModal<Values>
      enterSubmits={false}
      open={open}
      title={`使用合同章：${contractNo}`}
      submitText="登记用章"
      testId="seal-use"
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ copies: 2, purpose: '合同签订' }}
    >
      <Form.Item
        label="份数"
        name="copies"
        required
        rules={[{ required: true, message: '请输入份数' }, { type: 'integer', min: 1, max: 20, message: '份数须为 1–20 的整数' }]}
      >
        <InputNumber min={1} max={20} precision={0} style={{ width: 120 }} data-testid="seal-use-copies" />
      </Form.Item>
      <Form.Item
        label="用途"
        name="purpose"
        required
        rules={[{ required: true, whitespace: true, message: '请输入用途' }, { max: 100, message: '用途最多 100 个字' }]}
      >
        <Input maxLength={100} data-testid="seal-use-purpose" />
      </Form.Item>
    </FormModal>
  )
}
