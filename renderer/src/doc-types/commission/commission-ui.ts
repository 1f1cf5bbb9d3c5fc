import type { DocTypeUi } from '../doc-type-ui'
import { CommissionBodyView } from './commission-body'
import { CommissionExtras } from './commission-extras'
import { CommissionFormPage } from './commission-form-page'
import { CommissionPolicyPage } from './commission-policy-page'
import { CommissionPrintPage } from './commission-print-page'

/** 提成单 (R16): filled by the sales clerk for a salesperson and a month that is over; finance → finance VP → GM; finance records payouts. */
export const commissionUi: DocTypeUi<'commission'> = {
  Body: CommissionBodyView,
  Extras: CommissionExtras,
  routes: [
    { path: 'commissions/new', Page: CommissionFormPage, needs: 'commissions.save' },
    { path: 'commissions/:id/edit', Page: CommissionFormPage, needs: 'commissions.save' },
    { path: 'print/commission/:id', Page: CommissionPrintPage, needs: 'documents.recordPrint', bare: true },
    { path: 'commission-policies', Page: CommissionPolicyPage, needs: 'commissionPolicies.list' },
  ],
  menu: [
    { group: 'contracts', path: '/commissions/new', label: '新建提成单', testId: 'nav-new-commission', needs: 'commissions.save' },
    // R16: the policy is the GM's (基础资料), as the invoice threshold is.
    { group: 'master', path: '/commission-policies', label: '提成政策', testId: 'nav-commission-policies', needs: 'commissionPolicies.list' },
  ],
}
