import { App, Button, Form, Input, Typography } from 'antd'
import { newPassword } from '../../../shared/api'
import { call } from '../api/client'
import { FormModal } from '../forms/form-modal'
import { sameAs, zodRule } from '../forms/zod-rule'
import { useMe, useSession } from '../session/session-context'

interface ChangePasswordValues {
  oldPassword: string
  newPassword: string
  confirmPassword: string
}

/**
 * 修改密码. Without `onClose` it is the blocking form shown while Me.mustChangePassword is set
 * (an administrator chose the current password, so only its owner may keep using the account).
 */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose?: () => void }) {
  const { updateMe, signOut } = useSession()
  const me = useMe()
  const { message } = App.useApp()
  const forced = onClose === undefined

  const submit = async ({ oldPassword, newPassword: chosen }: ChangePasswordValues) => {
    updateMe(await call('auth.changePassword', { oldPassword, newPassword: chosen }))
    message.success('密码已修改')
    onClose?.()
  }

  return (
    <FormModal<ChangePasswordValues>
      open={open}
      title={forced ? '请设置新密码' : '修改密码'}
      submitText="确认修改"
      testId="password"
      onSubmit={submit}
      onClose={onClose}
      errorFields={{ PASSWORD_WRONG: 'oldPassword', PASSWORD_UNCHANGED: 'newPassword' }}
      intro={
        forced && (
          <Typography.Paragraph type="secondary">
            {me.name}，您好：您的密码由系统管理员设置，请先改为只有您自己知道的密码，然后才能继续使用。
          </Typography.Paragraph>
        )
      }
      footerExtra={
        forced && (
          <Button type="link" onClick={() => void signOut()} style={{ float: 'left' }} data-testid="password-sign-out">
            退出登录
          </Button>
        )
      }
    >
      <Form.Item label="原密码" name="oldPassword" required rules={[{ required: true, message: '请输入原密码' }]}>
        <Input.Password autoComplete="current-password" autoFocus maxLength={64} data-testid="password-old" />
      </Form.Item>
      <Form.Item label="新密码" name="newPassword" required extra="8–64 位，须同时包含字母和数字" rules={[zodRule(newPassword)]}>
        <Input.Password autoComplete="new-password" maxLength={64} data-testid="password-new" />
      </Form.Item>
      <Form.Item label="确认新密码" name="confirmPassword" required dependencies={['newPassword']} rules={[sameAs('newPassword')]}>
        <Input.Password autoComplete="new-password" maxLength={64} data-testid="password-confirm" />
      </Form.Item>
    </FormModal>
  )
}
