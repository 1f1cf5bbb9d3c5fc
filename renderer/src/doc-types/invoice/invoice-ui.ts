import type { DocTypeUi } from '../doc-type-ui'
import { InvoiceBodyView } from './invoice-body'
import { InvoiceExtras } from './invoice-extras'
import { InvoiceFormPage } from './invoice-form-page'
import { InvoicePrintPage } from './invoice-print-page'

/** 开票申请 (R15): asked from a signed contract's page (申请开票); approved by the finance VP; finance records the number and red letters. */
export const invoiceUi: DocTypeUi<'invoice'> = {
  Body: InvoiceBodyView,
  Extras: InvoiceExtras,
  routes: [
    { path: 'invoices/new', Page: InvoiceFormPage, needs: 'invoices.save' },
    { path: 'invoices/:id/edit', Page: InvoiceFormPage, needs: 'invoices.save' },
    { path: 'print/invoice/:id', Page: InvoicePrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [],
}
