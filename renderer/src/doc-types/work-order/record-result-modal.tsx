import { Alert, DatePicker, Form, Input, Modal } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'

interface Values {
  completedOn: Dayjs
  notes: string
}

/** Service records the installers' result on an approved work order (R12 → 已完工, where the acceptance will start). */
export function RecordResultModal({ open, id, version, onClose, onRecorded }: { open: boolean; id: number; version: number; onClose(): void; onRecorded(): void }) {
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const submit = async () => {
    const v = await form.validateFields()
    setSaving(true)
    setError(null)
    try {
      await call('workOrders.recordResult', { id, version, completedOn: v.completedOn.format('YYYY-MM-DD'), notes: v.notes })
      onRecorded()
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }
  return (
    <Modal open={open} title="记录安装结果" okText="确认完工" cancelText="取消" confirmLoading={saving} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="work-order-result-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={{ completedOn: dayjs() }}>
        <Form.Item label="完工日期" name="completedOn" rules={[{ required: true, message: '请选择完工日期' }]}>
          <DatePicker style={{ width: '100%' }} data-testid="work-order-completed-on-input" />
        </Form.Item>
        <Form.Item label="安装情况" name="notes" rules={[{ required: true, message: '请填写安装情况' }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="work-order-notes" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
