import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input } from 'antd'
import { useState } from 'react'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { awaitQueueHome } from '../queue/queue-prefetch'
import { useSession } from '../session/session-context'
import { AuthFrame } from './auth-frame'

interface LoginValues {
  login: string
  password: string
}

/** Login. `notice` explains why the user is here again (e.g. the session expired). */
export function LoginPage({ notice }: { notice: string | null }) {
  const { companyName, signedIn, startSigningIn, cancelSigningIn } = useSession()
  const [form] = Form.useForm<LoginValues>()
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (values: LoginValues) => {
    setSubmitting(true)
    setError(null)
    try {
      // The password check takes the core ~120 ms (scrypt): meanwhile the signed-in screen renders,
      // hidden (app-root.tsx), its 待办 waiting for the rows and badges the answer carries; the answer
      // then fills and reveals it in one render (issue 10).
      const answer = call('auth.login', { ...values, withHome: true })
      awaitQueueHome(answer)
      startSigningIn(values.login)
      const { home: _home, ...me } = await answer
      signedIn(me)
    } catch (caught) {
      cancelSigningIn()
      setError(errorText(caught))
      // A wrong password is retyped, never edited: clear it and put the cursor back there.
      form.setFieldValue('password', '')
      form.getFieldInstance('password')?.focus?.()
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <AuthFrame heading={companyName ?? '销售业务工作站'} subheading="销售业务工作站 · 请登录">
      {notice && !error && <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} data-testid="login-notice" />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form<LoginValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} data-testid="login-form">
        <Form.Item label="登录名" name="login" rules={[{ required: true, whitespace: true, message: '请输入登录名' }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={32} data-testid="login-name" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={64} data-testid="login-password" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            登录
          </Button>
        </Form.Item>
      </Form>
    </AuthFrame>
  )
}
