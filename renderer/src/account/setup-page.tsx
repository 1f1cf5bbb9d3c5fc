import { Alert, Button, Form, Input } from 'antd'
import { useState } from 'react'
import { api, loginName, newPassword, personName } from '../../../shared/api'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { sameAs, zodRule } from '../forms/zod-rule'
import { useSession } from '../session/session-context'
import { AuthFrame } from './auth-frame'

interface SetupValues {
  companyName: string
  adminName: string
  adminLogin: string
  adminPassword: string
  confirmPassword: string
}

/** First start: the company name (heads every printed form) and the first administrator. */
export function SetupPage() {
  const { signedIn } = useSession()
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async ({ confirmPassword: _confirm, ...input }: SetupValues) => {
    setSubmitting(true)
    setError(null)
    try {
      const me = await call('system.setup', input)
      signedIn(me, input.companyName.trim())
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <AuthFrame heading="首次使用设置" subheading="设置公司名称和系统管理员，完成后以管理员身份登录" width={460}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="setup-error" />}
      <Form<SetupValues> layout="vertical" onFinish={(v) => void submit(v)} data-testid="setup-form">
        <Form.Item
          label="公司名称"
          name="companyName"
          required
          extra="打印的每张单据都以此为抬头"
          rules={[zodRule(api['system.setup'].input.shape.companyName)]}
        >
          <Input autoFocus maxLength={60} data-testid="setup-company" />
        </Form.Item>
        <Form.Item label="管理员姓名" name="adminName" required rules={[zodRule(personName)]}>
          <Input maxLength={32} data-testid="setup-admin-name" />
        </Form.Item>
        <Form.Item label="登录名" name="adminLogin" required extra="字母、数字、下划线、点或减号，2–32 位" rules={[zodRule(loginName)]}>
          <Input autoComplete="username" maxLength={32} data-testid="setup-admin-login" />
        </Form.Item>
        <Form.Item label="密码" name="adminPassword" required extra="8–64 位，须同时包含字母和数字" rules={[zodRule(newPassword)]}>
          <Input.Password autoComplete="new-password" maxLength={64} data-testid="setup-password" />
        </Form.Item>
        <Form.Item label="确认密码" name="confirmPassword" required dependencies={['adminPassword']} rules={[sameAs('adminPassword')]}>
          <Input.Password autoComplete="new-password" maxLength={64} data-testid="setup-password-confirm" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="setup-submit">
            完成设置并登录
          </Button>
        </Form.Item>
      </Form>
    </AuthFrame>
  )
}
