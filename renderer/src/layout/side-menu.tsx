import { AuditOutlined, DatabaseOutlined, DesktopOutlined, InboxOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons'
import { Menu, type MenuProps } from 'antd'
import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router-dom'
import type { MethodName } from '../../../shared/api'
import { isAdminOnly, type RoleKey } from '../../../shared/roles'
import { TYPE_MENU, type TypeMenuEntry } from '../doc-types'
import type { MenuGroupKey } from '../doc-types/doc-type-ui'
import { canCall } from '../session/can-call'

type MenuItem = Required<MenuProps>['items'][number]

interface Entry {
  path: string
  label: string
  testId: string
  /** The method the screen cannot work without: its access list in shared/api decides who sees the entry. */
  needs: MethodName
  /** Narrower than `needs` when the screen is meant for fewer people than may read its data. */
  onlyFor?: readonly RoleKey[]
  /** Hidden from an administrator with no other post: no chain names them, so their 待办 is always empty. */
  notForAdminOnly?: true
}

interface Group {
  key: MenuGroupKey
  icon: ReactNode
  label: string
  entries: Entry[]
}

const AREAS: Group[] = [
  {
    key: 'workbench',
    icon: <DesktopOutlined />,
    label: '工作台',
    entries: [{ path: '/', label: '我的待办', testId: 'nav-queue', needs: 'queue.list', notForAdminOnly: true }],
  },
  {
    key: 'master',
    icon: <DatabaseOutlined />,
    label: '基础资料',
    entries: [
      // Every post reads the products here (the administrator edits them); the price lists tab only where
      // need-to-know lets the core answer (policy-page.tsx).
      { path: '/policy', label: '销售政策', testId: 'nav-policy', needs: 'products.list' },
      { path: '/customers', label: '客户档案', testId: 'nav-customers', needs: 'customers.list' },
    ],
  },
  {
    key: 'contracts',
    icon: <AuditOutlined />,
    label: '合同',
    entries: [
      { path: '/ledger', label: '合同台帐', testId: 'nav-ledger', needs: 'ledger.list' },
      { path: '/receivables', label: '应收账款', testId: 'nav-receivables', needs: 'receivables.aging' },
      { path: '/seal-register', label: '用章登记', testId: 'nav-seal-register', needs: 'seal.register' },
    ],
  },
  {
    key: 'goods',
    icon: <InboxOutlined />,
    label: '生产与库存',
    // Quantities only (no prices): every post that makes, stores, ships or sells the goods (STOCK_READERS).
    entries: [{ path: '/stock', label: '库存', testId: 'nav-stock', needs: 'stock.onHand' }],
  },
  {
    key: 'system',
    icon: <SettingOutlined />,
    label: '系统管理',
    entries: [
      { path: '/admin', label: '系统概览', testId: 'nav-admin-home', needs: 'admin.overview' },
      { path: '/users', label: '用户管理', testId: 'nav-users', needs: 'users.list' },
      // Everyone may read the chains (workflow.list); the definition screen belongs with administration.
      { path: '/workflows', label: '审批流程', testId: 'nav-workflows', needs: 'workflow.list', onlyFor: ['admin'] },
      // R19: the monthly closing run.
      { path: '/closing', label: '关闭清理', testId: 'nav-closing', needs: 'documents.closeMonth' },
    ],
  },
  {
    // This desk's own settings, not administration: anyone who prints may calibrate the desk's printer.
    key: 'desk',
    icon: <PrinterOutlined />,
    label: '本机设置',
    entries: [{ path: '/print-calibration', label: '打印校准', testId: 'nav-print-calibration', needs: 'auth.me' }],
  },
]

/** Each area with the document types' own entries (doc-types registry, e.g. 新建申报单) first. */
function withTypeEntries(areas: Group[], typeMenu: readonly TypeMenuEntry[]): Group[] {
  return areas.map((area) => ({
    ...area,
    entries: [...typeMenu.filter((entry) => entry.group === area.key), ...area.entries],
  }))
}

const GROUPS = withTypeEntries(AREAS, TYPE_MENU)

function visible(entry: Entry, roles: readonly RoleKey[]): boolean {
  if (entry.notForAdminOnly && isAdminOnly(roles)) return false
  return canCall(roles, entry.needs) && (!entry.onlyFor || roles.some((role) => entry.onlyFor?.includes(role)))
}

/**
 * The side menu by business area. Only screens that exist are listed, and only for roles whose
 * calls the core would accept; the core still refuses those calls on its own.
 */
function menuItems(roles: readonly RoleKey[]): MenuItem[] {
  return GROUPS.flatMap((group) => {
    const children = group.entries
      .filter((entry) => visible(entry, roles))
      .map((entry) => ({ key: entry.path, label: <Link to={entry.path} data-testid={entry.testId}>{entry.label}</Link> }))
    return children.length > 0 ? [{ key: group.key, icon: group.icon, label: group.label, children }] : []
  })
}

/** The entry a page belongs to: /policy/price-lists/3 lights up 销售政策. */
function selectedKey(pathname: string): string {
  const paths = GROUPS.flatMap((group) => group.entries.map((entry) => entry.path))
  const match = paths.filter((path) => path !== '/' && (pathname === path || pathname.startsWith(`${path}/`)))
  return match.sort((a, b) => b.length - a.length)[0] ?? pathname
}

export function SideMenu({ roles }: { roles: readonly RoleKey[] }) {
  const { pathname } = useLocation()
  return (
    <Menu
      mode="inline"
      selectedKeys={[selectedKey(pathname)]}
      defaultOpenKeys={GROUPS.map((group) => group.key)}
      items={menuItems(roles)}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-menu"
    />
  )
}
