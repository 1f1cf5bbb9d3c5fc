import { Button, Result, Spin } from 'antd'
import { Navigate, Route, Routes } from 'react-router-dom'
import { ChangePasswordModal } from '../account/change-password-modal'
import { LoginPage } from '../account/login-page'
import { SetupPage } from '../account/setup-page'
import { MainLayout } from '../layout/main-layout'
import { QueuePage } from '../queue/queue-page'
import { useSession } from '../session/session-context'
import { UserAdminPage } from '../users/user-admin-page'

/** Chooses the screen from the session phase; routes exist only once someone is signed in. */
export function AppRoot() {
  const { phase, reload } = useSession()

  switch (phase.kind) {
    case 'loading':
      return (
        <div style={{ display: 'grid', placeItems: 'center', height: '100%' }}>
          <Spin size="large" />
        </div>
      )
    case 'unreachable':
      return (
        <Result
          status="error"
          title="无法启动工作站"
          subTitle={phase.message}
          extra={
            <Button type="primary" onClick={reload} data-testid="startup-retry">
              重试
            </Button>
          }
        />
      )
    case 'setup':
      return <SetupPage />
    case 'signedOut':
      return <LoginPage notice={phase.notice} />
    case 'signedIn':
      // Nothing else is shown, or asked of the core, until an administrator-set password is replaced.
      if (phase.me.mustChangePassword) return <ChangePasswordModal open />
      return (
        <Routes>
          <Route element={<MainLayout />}>
            <Route index element={<QueuePage />} />
            {phase.me.roles.includes('admin') && <Route path="users" element={<UserAdminPage />} />}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      )
  }
}
