import type { DocTypeUi } from '../doc-type-ui'
import { InvoiceBodyView } from './invoice-body'
import { InvoiceExtras } from './invoice-extras'
import { InvoiceFormPage } from './invoice-form-page'
import { InvoicePrintPage } from './invoice-print-page'
import { InvoiceThresholdPage } from './invoice-threshold-page'

/** 开票申请 (R15): asked from a signed contract's page (申请开票); approved by the finance VP; finance records the number and red letters. */
export const invoiceUi: DocTypeUi<'invoice'> = {
  Body: InvoiceBodyView,
  Extras: InvoiceExtras,
  routes: [
    { path: 'invoices/new', Page: InvoiceFormPage, needs: 'invoices.save' },
    { path: 'invoices/:id/edit', Page: InvoiceFormPage, needs: 'invoices.save' },
    { path: 'print/invoice/:id', Page: InvoicePrintPage, needs: 'documents.recordPrint', bare: true },
    { path: 'invoice-thresholds', Page: InvoiceThresholdPage, needs: 'invoiceThresholds.list' },
  ],
  // R15: the threshold is part of the sales policy (基础资料); the general manager issues its versions there.
  menu: [{ group: 'master', path: '/invoice-thresholds', label: '开票条件', testId: 'nav-invoice-thresholds', needs: 'invoiceThresholds.list' }],
}
