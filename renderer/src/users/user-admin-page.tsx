import { PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Flex, Table, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { UserDto } from '../../../shared/api'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { useLoaded } from '../hooks/use-loaded'
import { useMe } from '../session/session-context'
import { managerFallbacks, managerPlaceholder } from './manager-need'
import { userColumns } from './user-columns'
import { UserCreateModal } from './user-create-modal'
import { UserResetPasswordModal } from './user-reset-password-modal'
import { UserRolesModal } from './user-roles-modal'

/** 用户管理 (admin only): accounts, their posts (岗位), passwords and whether they may sign in. */
export function UserAdminPage() {
  const me = useMe()
  const { message } = App.useApp()
  const [creating, setCreating] = useState(false)
  const [editingRoles, setEditingRoles] = useState<UserDto | null>(null)
  const [resetting, setResetting] = useState<UserDto | null>(null)

  // Any write may change what this page shows (a password reset, a role): it reloads after every one.
  const { data, loading, error, reload } = useLoaded('users', () => call('users.list', {}), () => true)
  const users = useMemo(() => data ?? [], [data])
  // Which posts a chain asks a 上级 for: the 上级 column says "—" for everyone else.
  const { data: workflows } = useLoaded('workflows', () => call('workflow.list', {}))
  const fallbacks = useMemo(() => managerFallbacks(workflows ?? []), [workflows])

  const columns = useMemo(
    () =>
      userColumns({
        meId: me.id,
        editRoles: setEditingRoles,
        resetPassword: setResetting,
        users,
        managerPlaceholder: (user) => managerPlaceholder(user, fallbacks),
        setManager: async (user, managerUserId) => {
          try {
            await call('users.setManager', { userId: user.id, managerUserId })
            message.success(managerUserId ? `已设置 ${user.name} 的上级` : `已清除 ${user.name} 的上级，改由岗位办理`)
          } catch (caught) {
            message.error(errorText(caught))
          }
        },
        setDisabled: async (user, disabled) => {
          try {
            await call('users.setDisabled', { userId: user.id, disabled })
            message.success(disabled ? `已停用 ${user.name}` : `已启用 ${user.name}`)
          } catch (caught) {
            // e.g. SELF_DISABLE, LAST_ADMIN: the core's sentence says what to do instead.
            message.error(errorText(caught))
          }
        },
      }),
    [me.id, message, users, fallbacks],
  )

  return (
    <Card>
      <Flex align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          用户管理
        </Typography.Title>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} onClick={reload} data-testid="user-reload">
            刷新
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
            新建用户
          </Button>
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="user-error" />}
      <Table<UserDto>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={users}
        loading={loading}
        scroll={{ x: 1060 }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 人` }}
        onRow={(user) => ({ 'data-testid': `user-row-${user.login}`, 'aria-disabled': user.disabled })}
        data-testid="user-table"
      />
      <UserCreateModal open={creating} onClose={() => setCreating(false)} />
      <UserRolesModal user={editingRoles} onClose={() => setEditingRoles(null)} />
      <UserResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  )
}
