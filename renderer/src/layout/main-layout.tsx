import { Layout, Typography } from 'antd'
import { Suspense, useState } from 'react'
import { Outlet } from 'react-router-dom'
import { PageLoading } from '../app/page-loading'
import { HEADER_HEIGHT } from '../app/theme'
import { useMe } from '../session/session-context'
import { HeaderBar } from './header-bar'
import { COLLAPSED_KEY, CONTENT_PADDING_X, SIDER_COLLAPSED_WIDTH, SIDER_WIDTH } from './layout-sizes'
import { SideMenu } from './side-menu'


/** The signed-in frame: side menu by area, header with company and user, the current page. */
export function MainLayout() {
  const me = useMe()
  // Remembered per PC: someone who folds the menu on a 1366 px laptop wants it folded tomorrow too.
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1')
  const toggle = (value: boolean) => {
    setCollapsed(value)
    localStorage.setItem(COLLAPSED_KEY, value ? '1' : '0')
  }

  return (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={toggle}
        width={SIDER_WIDTH}
        collapsedWidth={SIDER_COLLAPSED_WIDTH}
        theme="light"
        // Sider and header stay put while the window scrolls a long queue.
        style={{ borderInlineEnd: '1px solid #eef0f3', position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        data-testid="side"
      >
        <div style={{ height: HEADER_HEIGHT, display: 'grid', placeItems: 'center', borderBottom: '1px solid #eef0f3' }}>
          <Typography.Text strong style={{ color: '#1f6fd1', fontSize: collapsed ? 16 : 15, whiteSpace: 'nowrap' }}>
            {collapsed ? '销' : '销售业务工作站'}
          </Typography.Text>
        </div>
        <SideMenu roles={me.roles} />
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{ borderBottom: '1px solid #eef0f3', lineHeight: 'normal', position: 'sticky', top: 0, zIndex: 10, height: HEADER_HEIGHT }}
        >
          <HeaderBar />
        </Layout.Header>
        <Layout.Content style={{ padding: `16px ${CONTENT_PADDING_X}px`, minWidth: 0 }}>
          {/* A page's own chunk loads under the menu and the header, which stay (app/lazy-named.ts). */}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
