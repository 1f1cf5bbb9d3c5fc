import { Button, Popconfirm, Select, Space, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { UserDto } from '../../../shared/api'
import { roleLabel } from '../../../shared/roles'
import { formatDateTime } from '../format/datetime'
import { orderedRoles } from '../format/roles'
import { UserStatus } from './user-status'

export interface UserRowActions {
  meId: number
  editRoles(user: UserDto): void
  resetPassword(user: UserDto): void
  /** Resolves when the core has answered, so the Popconfirm shows its spinner until then. */
  setDisabled(user: UserDto, disabled: boolean): Promise<void>
  /** Everyone, for the 上级 choice: who signs where a chain names "the drafter's manager". */
  users: UserDto[]
  /** Shown when no 上级 is named: the post that signs instead, or "—" where no chain asks (manager-need.ts). */
  managerPlaceholder(user: UserDto): string
  setManager(user: UserDto, managerUserId: number | null): Promise<void>
}

export function userColumns({ meId, editRoles, resetPassword, setDisabled, users, managerPlaceholder, setManager }: UserRowActions): ColumnsType<UserDto> {
  return [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 150,
      ellipsis: { showTitle: true },
      render: (name: string, user) => (
        <>
          {name}
          {user.id === meId && <Typography.Text type="secondary">（我）</Typography.Text>}
        </>
      ),
    },
    { title: '登录名', dataIndex: 'login', width: 120, ellipsis: { showTitle: true } },
    {
      title: '岗位',
      dataIndex: 'roles',
      render: (roles: UserDto['roles'], user) => (
        <Space size={[4, 4]} wrap data-testid={`user-role-tags-${user.login}`}>
          {orderedRoles(roles).map((role) => (
            <Tag key={role} color={role === 'admin' ? 'volcano' : 'blue'} variant="outlined">
              {roleLabel(role)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '上级',
      key: 'manager',
      width: 160,
      render: (_: unknown, user) => (
        <Select
          size="small"
          variant="borderless"
          allowClear
          placeholder={managerPlaceholder(user)}
          style={{ width: '100%' }}
          value={user.managerUserId ?? undefined}
          // A 上级 since disabled is still named (never a bare id); others choose among enabled users.
          options={users.filter((u) => u.id !== user.id && (!u.disabled || u.id === user.managerUserId)).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(value: number | undefined) => void setManager(user, value ?? null)}
          data-testid={`user-manager-${user.login}`}
        />
      ),
    },
    { title: '状态', key: 'status', width: 180, render: (_: unknown, user) => <UserStatus user={user} /> },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      width: 140,
      render: (at: string) => <span className="tabular-nums">{formatDateTime(at)}</span>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 210,
      fixed: 'right',
      render: (_: unknown, user) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => editRoles(user)} data-testid={`user-roles-${user.login}`}>
            修改岗位
          </Button>
          <Button type="link" size="small" onClick={() => resetPassword(user)} data-testid={`user-reset-${user.login}`}>
            重置密码
          </Button>
          {user.id !== meId && (
          <Popconfirm
            title={user.disabled ? `启用 ${user.name}？` : `停用 ${user.name}？`}
            description={user.disabled ? '启用后该用户可以重新登录。' : '停用后该用户不能登录，已有单据和记录都保留。'}
            okText={user.disabled ? '确定启用' : '确定停用'}
            okButtonProps={{ danger: !user.disabled, 'data-testid': `user-toggle-confirm-${user.login}` }}
            onConfirm={() => setDisabled(user, !user.disabled)}
          >
            <Button type="link" size="small" danger={!user.disabled} data-testid={`user-toggle-${user.login}`}>
              {user.disabled ? '启用' : '停用'}
            </Button>
          </Popconfirm>
          )}
        </Space>
      ),
    },
  ]
}
