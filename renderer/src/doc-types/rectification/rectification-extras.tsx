import { CheckCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { Alert, App, Button, Form, Input, Modal } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { isClosed } from '../../documents/lifecycle-checks'
import { useCanCall } from '../../session/can-call'
import type { TypeViewProps } from '../doc-type-ui'
import type { RectificationBody } from './rectification-body'

interface Values { answer: string; doneBy: string }

/** Service: 答复整改 while it stands (what was done, by whom); 复验 once answered (the failed lines again). */
export function RectificationExtras({ header, body, onChanged }: TypeViewProps<RectificationBody>) {
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const canAnswer = useCanCall('rectifications.answer') && header.state === 'approved' && !isClosed(header)
  const canReaccept = useCanCall('acceptances.record') && header.state === 'answered' && body.reacceptanceId === null
  const submit = async () => {
    const v = await form.validateFields()
    setSaving(true)
    setError(null)
    try {
      await call('rectifications.answer', { id: header.id, version: header.version, answer: v.answer, doneBy: v.doneBy })
      setOpen(false)
      message.success(`${header.docNo} 已整改`)
      onChanged()
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }
  return (
    <>
      {canAnswer && (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setOpen(true)} data-testid="rectification-answer-open">答复整改</Button>
      )}
      {canReaccept && (
        <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => navigate(`/acceptances/new?workOrder=${body.workOrderId}&rectification=${header.id}`)} data-testid="rectification-reaccept">
          复验
        </Button>
      )}
      {canAnswer && (
        <Modal open={open} title="答复整改" okText="确认已整改" cancelText="取消" confirmLoading={saving} onOk={() => void submit()} onCancel={() => setOpen(false)} destroyOnHidden
          okButtonProps={{ 'data-testid': 'rectification-answer-ok' } as Record<string, string>}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Form<Values> form={form} layout="vertical">
            <Form.Item label="整改情况（做了什么）" name="answer" rules={[{ required: true, message: '请填写整改情况' }]}>
              <Input.TextArea rows={3} maxLength={500} data-testid="rectification-answer-text" />
            </Form.Item>
            <Form.Item label="整改人" name="doneBy" rules={[{ required: true, message: '请填写整改人' }]}>
              <Input maxLength={64} data-testid="rectification-done-by" />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  )
}
