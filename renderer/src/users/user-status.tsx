import { Space, Tag, Tooltip } from 'antd'
import type { UserDto } from '../../../shared/api'
import { formatDateTime, isFuture } from '../format/datetime'

/** 在用 / 停用 / 锁定至…, plus a hint while the user still has to replace an administrator-set password. */
export function UserStatus({ user }: { user: UserDto }) {
  const locked = isFuture(user.lockedUntil)
  return (
    <Space size={4} wrap data-testid={`user-status-${user.login}`}>
      {user.disabled ? (
        <Tag>停用</Tag>
      ) : locked && user.lockedUntil ? (
        <Tooltip title="密码错误次数过多，到时自动解锁">
          <Tag color="orange">锁定至 {formatDateTime(user.lockedUntil)}</Tag>
        </Tooltip>
      ) : (
        <Tag color="green">在用</Tag>
      )}
      {user.mustChangePassword && !user.disabled && (
        <Tooltip title="下次登录时须修改密码">
          <Tag color="blue" variant="outlined">待改密码</Tag>
        </Tooltip>
      )}
    </Space>
  )
}
