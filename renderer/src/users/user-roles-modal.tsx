import { App, Form } from 'antd'
import { roleList, type UserDto } from '../../../shared/api'
import type { RoleKey } from '../../../shared/roles'
import { call } from '../api/client'
import { FormModal } from '../forms/form-modal'
import { useLastPresent } from '../hooks/use-last-present'
import { useMe, useSession } from '../session/session-context'
import { zodRule } from '../forms/zod-rule'
import { RoleSelect } from './role-select'

/** 修改岗位 of one user. The core refuses removing the last active administrator (LAST_ADMIN). */
export function UserRolesModal({ user, onClose }: { user: UserDto | null; onClose(): void }) {
  const { message } = App.useApp()
  const me = useMe()
  const { refreshMe } = useSession()
  // Keeps the name in the title while the modal fades out after `user` went back to null.
  const shown = useLastPresent(user)

  const submit = async ({ roles }: { roles: RoleKey[] }) => {
    if (!user) return
    await call('users.setRoles', { userId: user.id, roles })
    message.success(`已修改 ${user.name} 的岗位`)
    // Changing one's own account changes what this window may show (menu, forced password change).
    if (user.id === me.id) await refreshMe()
    onClose()
  }

  return (
    <FormModal<{ roles: RoleKey[] }>
      open={user !== null}
      title={`修改岗位：${shown?.name ?? ''}`}
      submitText="保存"
      testId="user-roles"
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ roles: shown?.roles ?? [] }}
    >
      <Form.Item label="岗位" name="roles" required rules={[zodRule(roleList, { whenEmpty: [] })]}>
        <RoleSelect testId="user-roles-select" />
      </Form.Item>
    </FormModal>
  )
}
