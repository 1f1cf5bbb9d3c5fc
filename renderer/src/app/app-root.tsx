import { Button, Result, Spin } from 'antd'
import { Suspense } from 'react'
import { Navigate, Route, Routes, useLocation } from 'react-router-dom'
import { isAdminOnly } from '../../../shared/roles'
import { ChangePasswordModal } from '../account/change-password-modal'
import { LoginPage } from '../account/login-page'
import { SignedInWarmUp } from '../account/signed-in-warm-up'
import { TYPE_ROUTES } from '../doc-types'
import { MainLayout } from '../layout/main-layout'
import { QueuePage } from '../queue/queue-page'
import { canCall } from '../session/can-call'
import { MeProvider, useSession } from '../session/session-context'
import type { Me } from '../../../shared/api'
import { lazyNamed } from './lazy-named'
import { PageLoading } from './page-loading'

// Not on the way from 登录 to 待办: each its own chunk, loaded when first opened (lazy-named.ts).
const SetupPage = lazyNamed(() => import('../account/setup-page'), 'SetupPage')
const AdminHomePage = lazyNamed(() => import('../admin/admin-home-page'), 'AdminHomePage')
const ClosingPage = lazyNamed(() => import('../closing/closing-page'), 'ClosingPage')
const CustomerListPage = lazyNamed(() => import('../customers/customer-list-page'), 'CustomerListPage')
const DocumentPage = lazyNamed(() => import('../documents/document-page'), 'DocumentPage')
const LedgerPage = lazyNamed(() => import('../ledger/ledger-page'), 'LedgerPage')
const AgingPage = lazyNamed(() => import('../receivables/aging-page'), 'AgingPage')
const CustomerPage = lazyNamed(() => import('../receivables/customer-page'), 'CustomerPage')
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
  const { phase, signingIn, reload } = useSession()

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
    case 'signedIn': {
      // Keyed, one list for both phases: the signed-in screen rendered (hidden) for whoever is signing in
      // while the core checks the password is the very one the answer reveals, not built again (issue 10).
      const me = phase.kind === 'signedIn' ? phase.me : signingIn
      return (
        <>
          {phase.kind === 'signedOut' && <LoginPage key="login" notice={phase.notice} />}
          {me && <SignedInScreen key="signed-in" me={me} hidden={phase.kind !== 'signedIn'} />}
        </>
      )
    }
  }
}

/**
 * The routes of someone signed in. `hidden` while their login is checked: laid out where it will show,
 * under the login screen that covers the window (auth-frame.tsx), and out of the accessibility tree.
 * Its user then has no name or roles yet, and its 待办 waits for the rows the login answer brings
 * (queue-prefetch.ts), so nothing is shown or asked before the answer. Covered rather than styled
 * hidden: a style inherited by the whole screen (visibility) would have every element's style
 * computed again at the reveal.
 */
function SignedInScreen({ me, hidden }: { me: Me; hidden: boolean }) {
  const { pathname } = useLocation()
  // Only the home is rendered ahead: another page (someone signing in again where their session ended)
  // needs the roles to know whether it exists at all.
  if (hidden && pathname !== '/') return null
  // Nothing else is shown, or asked of the core, until an administrator-set password is replaced.
  if (me.mustChangePassword)
    return (
      <MeProvider value={me}>
        <ChangePasswordModal open />
      </MeProvider>
    )
  // A route exists only for roles that may call what the screen needs (shared/api access lists).
  const can = (method: Parameters<typeof canCall>[1]) => canCall(me.roles, method)
  // The document types' own screens (doc-types registry): forms in the layout, print pages without it.
  const typeRoutes = (bare: boolean) =>
    TYPE_ROUTES.filter((route) => Boolean(route.bare) === bare && can(route.needs)).map(({ path, Page }) => (
      <Route key={path} path={path} element={<Page />} />
    ))
  return (
    <MeProvider value={me}>
      <div style={{ display: 'contents' }} aria-hidden={hidden || undefined}>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            {/* A print page is the sheet alone: no menu or header around it. */}
            {typeRoutes(true)}
            <Route path="print/calibration" element={<CalibrationPrintPage />} />
            <Route path="print/specimen" element={<SpecimenPrintPage />} />
            <Route element={<MainLayout />}>
              {/* An administrator with no other post signs nothing: their home is 系统概览, not an always-empty 待办. */}
              <Route index element={isAdminOnly(me.roles) ? <Navigate to="/admin" replace /> : <QueuePage />} />
              {can('admin.overview') && <Route path="admin" element={<AdminHomePage />} />}
              <Route path="documents/:id" element={<DocumentPage />} />
              {typeRoutes(false)}
              {me.roles.includes('admin') && <Route path="users" element={<UserAdminPage />} />}
              <Route path="policy" element={<PolicyPage />} />
              {can('priceLists.issue') && <Route path="policy/price-lists/new" element={<PriceListIssuePage />} />}
              {can('priceLists.get') && <Route path="policy/price-lists/:id" element={<PriceListDetailPage />} />}
              <Route path="customers" element={<CustomerListPage />} />
              {can('ledger.list') && <Route path="ledger" element={<LedgerPage />} />}
              {can('receivables.aging') && <Route path="receivables" element={<AgingPage />} />}
              {can('customers.page') && <Route path="customers/:id" element={<CustomerPage />} />}
              {can('seal.register') && <Route path="seal-register" element={<SealRegisterPage />} />}
              {can('stock.onHand') && <Route path="stock" element={<StockPage />} />}
              {can('documents.closeMonth') && <Route path="closing" element={<ClosingPage />} />}
              <Route path="workflows" element={<WorkflowPage />} />
              <Route path="print-calibration" element={<PrintCalibrationPage />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Route>
          </Routes>
        </Suspense>
      </div>
    </MeProvider>
  )
}
