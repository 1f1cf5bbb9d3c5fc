import { DesktopOutlined, SettingOutlined } from '@ant-design/icons'
import { Menu, type MenuProps } from 'antd'
import { Link, useLocation } from 'react-router-dom'
import type { RoleKey } from '../../../shared/roles'

type MenuItem = Required<MenuProps>['items'][number]

/**
 * The side menu by business area. Only screens that exist are listed (later issues add 合同, 发货, …);
 * areas a role cannot use are left out, but the core still refuses their calls on its own.
 */
function menuItems(roles: readonly RoleKey[]): MenuItem[] {
  const items: MenuItem[] = [
    {
      key: 'workbench',
      icon: <DesktopOutlined />,
      label: '工作台',
      children: [{ key: '/', label: <Link to="/" data-testid="nav-queue">我的待办</Link> }],
    },
  ]
  if (roles.includes('admin')) {
    items.push({
      key: 'system',
      icon: <SettingOutlined />,
      label: '系统管理',
      children: [{ key: '/users', label: <Link to="/users" data-testid="nav-users">用户管理</Link> }],
    })
  }
  return items
}

export function SideMenu({ roles }: { roles: readonly RoleKey[] }) {
  const { pathname } = useLocation()
  return (
    <Menu
      mode="inline"
      selectedKeys={[pathname]}
      defaultOpenKeys={['workbench', 'system']}
      items={menuItems(roles)}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-menu"
    />
  )
}
