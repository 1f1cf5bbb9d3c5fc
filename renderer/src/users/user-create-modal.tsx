import { App, Form, Input } from 'antd'
import { loginName, newPassword, personName, roleList } from '../../../shared/api'
import type { RoleKey } from '../../../shared/roles'
import { call } from '../api/client'
import { FormModal } from '../forms/form-modal'
import { zodRule } from '../forms/zod-rule'
import { RoleSelect } from './role-select'

interface CreateUserValues {
  name: string
  login: string
  password: string
  roles: RoleKey[]
}

/** 新建用户. The initial password is temporary: the core makes the user replace it at first login. */
export function UserCreateModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp()

  const submit = async (values: CreateUserValues) => {
    const user = await call('users.create', values)
    message.success(`已新建用户 ${user.name}`)
    onClose()
  }

  return (
    <FormModal<CreateUserValues>
      open={open}
      title="新建用户"
      submitText="新建"
      testId="user-create"
      onSubmit={submit}
      onClose={onClose}
      errorFields={{ LOGIN_TAKEN: 'login' }}
    >
      <Form.Item label="姓名" name="name" required rules={[zodRule(personName)]}>
        <Input autoFocus maxLength={32} data-testid="user-create-name" />
      </Form.Item>
      <Form.Item label="登录名" name="login" required extra="字母、数字、下划线、点或减号，2–32 位" rules={[zodRule(loginName)]}>
        <Input autoComplete="off" maxLength={32} data-testid="user-create-login" />
      </Form.Item>
      <Form.Item label="初始密码" name="password" required extra="8–64 位，须同时包含字母和数字；用户首次登录时须修改" rules={[zodRule(newPassword)]}>
        <Input.Password autoComplete="new-password" maxLength={64} data-testid="user-create-password" />
      </Form.Item>
      <Form.Item label="岗位" name="roles" required rules={[zodRule(roleList, { whenEmpty: [] })]}>
        <RoleSelect testId="user-create-roles" />
      </Form.Item>
    </FormModal>
  )
}
