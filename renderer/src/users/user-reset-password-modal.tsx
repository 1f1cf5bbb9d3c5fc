import { App, Form, Input, Typography } from 'antd'
import { newPassword, type UserDto } from '../../../shared/api'
import { call } from '../api/client'
import { FormModal } from '../forms/form-modal'
import { useLastPresent } from '../hooks/use-last-present'
import { useMe, useSession } from '../session/session-context'
import { zodRule } from '../forms/zod-rule'

/** 重置密码: a temporary password the administrator hands over; the user must replace it at next login. */
export function UserResetPasswordModal({ user, onClose }: { user: UserDto | null; onClose(): void }) {
  const { message } = App.useApp()
  const me = useMe()
  const { refreshMe } = useSession()
  // Keeps the name in the title while the modal fades out after `user` went back to null.
  const shown = useLastPresent(user)

  const submit = async ({ password }: { password: string }) => {
    if (!user) return
    await call('users.resetPassword', { userId: user.id, password })
    message.success(`已重置 ${user.name} 的密码`)
    // Changing one's own account changes what this window may show (menu, forced password change).
    if (user.id === me.id) await refreshMe()
    onClose()
  }

  return (
    <FormModal<{ password: string }>
      open={user !== null}
      title={`重置密码：${shown?.name ?? ''}`}
      submitText="重置"
      testId="user-reset"
      onSubmit={submit}
      onClose={onClose}
      intro={
        <Typography.Paragraph type="secondary">
          请把临时密码当面告诉 {shown?.name}（登录名 {shown?.login}），对方下次登录时须改为自己的密码。
        </Typography.Paragraph>
      }
    >
      <Form.Item label="临时密码" name="password" required extra="8–64 位，须同时包含字母和数字" rules={[zodRule(newPassword)]}>
        <Input.Password autoFocus autoComplete="new-password" maxLength={64} data-testid="user-reset-password" />
      </Form.Item>
    </FormModal>
  )
}
