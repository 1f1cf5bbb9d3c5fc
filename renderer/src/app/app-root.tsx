import { Button, Result, Spin } from 'antd'
import { Suspense } from 'react'
import { Navigate, Route, Routes } from 'react-router-dom'
import { isAdminOnly } from '../../../shared/roles'
import { ChangePasswordModal } from '../account/change-password-modal'
import { LoginPage } from '../account/login-page'
import { SignedInWarmUp } from '../account/signed-in-warm-up'
import { TYPE_ROUTES } from '../doc-types'
import { MainLayout } from '../layout/main-layout'
import { QueuePage } from '../queue/queue-page'
import { canCall } from '../session/can-call'
import { useSession } from '../session/session-context'
import { lazyNamed } from './lazy-named'
import { PageLoading } from './page-loading'

// Not on the way from 登录 to 待办: each its own chunk, loaded when first opened (lazy-named.ts).
const SetupPage = lazyNamed(() => import('../account/setup-page'), 'SetupPage')
const AdminHomePage = lazyNamed(() => import('../admin/admin-home-page'), 'AdminHomePage')
const ClosingPage = lazyNamed(() => import('../closing/closing-page'), 'ClosingPage')
const CustomerListPage = lazyNamed(() => import('../customers/customer-list-page'), 'CustomerListPage')
const DocumentPage = lazyNamed(() => import('../documents/document-page'), 'DocumentPage')
const LedgerPage = lazyNamed(() => import('../ledger/ledger-page'), 'LedgerPage')
const PrintCalibrationPage = lazyNamed(() => import('../print/continuous/print-calibration-page'), 'PrintCalibrationPage')
const CalibrationPrintPage = lazyNamed(() => import('../print/continuous/calibration-print-pages'), 'CalibrationPrintPage')
const SpecimenPrintPage = lazyNamed(() => import('../print/continuous/calibration-print-pages'), 'SpecimenPrintPage')
const PolicyPage = lazyNamed(() => import('../policy/policy-page'), 'PolicyPage')
const PriceListDetailPage = lazyNamed(() => import('../policy/price-list-detail-page'), 'PriceListDetailPage')
const PriceListIssuePage = lazyNamed(() => import('../policy/price-list-issue-page'), 'PriceListIssuePage')
const SealRegisterPage = lazyNamed(() => import('../seal/seal-register-page'), 'SealRegisterPage')
const StockPage = lazyNamed(() => import('../stock/stock-page'), 'StockPage')
const UserAdminPage = lazyNamed(() => import('../users/user-admin-page'), 'UserAdminPage')
const WorkflowPage = lazyNamed(() => import('../workflow/workflow-page'), 'WorkflowPage')

/** The screen of the session phase, and beside it the warm-up of the signed-in screen (signed-in-warm-up.tsx). */
export function AppRoot() {
  const { phase } = useSession()
  return (
    <>
      <PhaseScreen />
      <SignedInWarmUp signedOut={phase.kind === 'signedOut'} />
    </>
  )
}

/** Chooses the screen from the session phase; routes exist only once someone is signed in. */
function PhaseScreen() {
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
      return (
        <Suspense fallback={<PageLoading />}>
          <SetupPage />
        </Suspense>
      )
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
        <Suspense fallback={<PageLoading />}>
        <Routes>
          {/* A print page is the sheet alone: no menu or header around it. */}
          {typeRoutes(true)}
          <Route path="print/calibration" element={<CalibrationPrintPage />} />
          <Route path="print/specimen" element={<SpecimenPrintPage />} />
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
            <Route path="print-calibration" element={<PrintCalibrationPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
        </Suspense>
      )
    }
  }
}
