import { Button, Result, Spin } from 'antd'
import { Navigate, Route, Routes } from 'react-router-dom'
import { isAdminOnly } from '../../../shared/roles'
import { ChangePasswordModal } from '../account/change-password-modal'
import { LoginPage } from '../account/login-page'
import { SetupPage } from '../account/setup-page'
import { AdminHomePage } from '../admin/admin-home-page'
import { ClosingPage } from '../closing/closing-page'
import { CustomerListPage } from '../customers/customer-list-page'
import { TYPE_ROUTES } from '../doc-types'
import { DocumentPage } from '../documents/document-page'
import { MainLayout } from '../layout/main-layout'
import { LedgerPage } from '../ledger/ledger-page'
import { PolicyPage } from '../policy/policy-page'
import { PriceListDetailPage } from '../policy/price-list-detail-page'
import { PriceListIssuePage } from '../policy/price-list-issue-page'
import { QueuePage } from '../queue/queue-page'
import { SealRegisterPage } from '../seal/seal-register-page'
import { StockPage } from '../stock/stock-page'
import { canCall } from '../session/can-call'
import { useSession } from '../session/session-context'
import { UserAdminPage } from '../users/user-admin-page'
import { WorkflowPage } from '../workflow/workflow-page'

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
    case 'signedIn': {
      // Nothing else is shown, or asked of the core, until an administrator-set password is replaced.
      if (phase.me.mustChangePassword) return <ChangePasswordModal open />
      // A route exists only for roles that may call what the screen needs (shared/api access lists).
      const can = (method: Parameters<typeof canCall>[1]) => canCall(phase.me.roles, method)
      // The document types' own screens (doc-types registry): forms in the layout, print pages without it.
      const typeRoutes = (bare: boolean) =>
        TYPE_ROUTES.filter((route) => Boolean(route.bare) === bare && can(route.needs)).map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))
      return (
        <Routes>
          {/* A print page is the sheet alone: no menu or header around it. */}
          {typeRoutes(true)}
          <Route element={<MainLayout />}>
            {/* An administrator with no other post signs nothing: their home is 系统概览, not an always-empty 待办. */}
            <Route index element={isAdminOnly(phase.me.roles) ? <Navigate to="/admin" replace /> : <QueuePage />} />
            {can('admin.overview') && <Route path="admin" element={<AdminHomePage />} />}
            <Route path="documents/:id" element={<DocumentPage />} />
            {typeRoutes(false)}
            {phase.me.roles.includes('admin') && <Route path="users" element={<UserAdminPage />} />}
            <Route path="policy" element={<PolicyPage />} />
            {can('priceLists.issue') && <Route path="policy/price-lists/new" element={<PriceListIssuePage />} />}
            {can('priceLists.get') && <Route path="policy/price-lists/:id" element={<PriceListDetailPage />} />}
            <Route path="customers" element={<CustomerListPage />} />
            {can('ledger.list') && <Route path="ledger" element={<LedgerPage />} />}
            {can('seal.register') && <Route path="seal-register" element={<SealRegisterPage />} />}
            {can('stock.onHand') && <Route path="stock" element={<StockPage />} />}
            {can('documents.closeMonth') && <Route path="closing" element={<ClosingPage />} />}
            <Route path="workflows" element={<WorkflowPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      )
    }
  }
}
