import { KeyOutlined, LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons'
import { Button, Flex, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { useOpenedOnce } from '../hooks/use-opened-once'
import { roleLabel } from '../../../shared/roles'
import { ChangePasswordModal } from '../account/change-password-modal'
import { DeputySettingsModal } from '../deputies/deputy-settings-modal'
import { orderedRoles } from '../format/roles'
import { useMe, useSession } from '../session/session-context'
import { ScanBox } from './scan-box'

/** How many role tags fit beside the buttons at 1366 px; the rest sit behind "+N" with a tooltip. */
const VISIBLE_ROLES = 3

export function HeaderBar() {
  const me = useMe()
  const { companyName, signOut } = useSession()
  const [changingPassword, setChangingPassword] = useState(false)
  const [settingDeputy, setSettingDeputy] = useState(false)
  const opened = useOpenedOnce({ password: changingPassword, deputy: settingDeputy })
  const roles = orderedRoles(me.roles)
  const shown = roles.slice(0, VISIBLE_ROLES)
  const hidden = roles.slice(VISIBLE_ROLES)

  return (
    <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
      <Typography.Text strong ellipsis style={{ fontSize: 16, minWidth: 0 }} data-testid="header-company">
        {companyName}
      </Typography.Text>
      <Flex align="center" gap={8} style={{ flexShrink: 0 }}>
        <ScanBox />
        <UserOutlined />
        <Typography.Text ellipsis style={{ maxWidth: 160 }} data-testid="header-user">
          {me.name}
        </Typography.Text>
        <span data-testid="header-roles">
          {shown.map((role) => (
            <Tag key={role} color="blue" variant="outlined" style={{ marginInlineEnd: 4 }}>
              {roleLabel(role)}
            </Tag>
          ))}
          {hidden.length > 0 && (
            <Tooltip title={hidden.map(roleLabel).join('、')}>
              <Tag>+{hidden.length}</Tag>
            </Tooltip>
          )}
        </span>
        <Button type="text" icon={<SwapOutlined />} onClick={() => setSettingDeputy(true)} data-testid="header-deputy">
          代理设置
        </Button>
        <Button type="text" icon={<KeyOutlined />} onClick={() => setChangingPassword(true)} data-testid="header-change-password">
          修改密码
        </Button>
        <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut()} data-testid="header-sign-out">
          退出登录
        </Button>
      </Flex>
      {/* Mounted from the first opening on (a closed antd Modal still renders, ~10 ms of the first paint after 登录). */}
      {opened.password && <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />}
      {opened.deputy && <DeputySettingsModal open={settingDeputy} onClose={() => setSettingDeputy(false)} />}
    </Flex>
  )
}
