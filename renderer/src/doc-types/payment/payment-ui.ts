import type { DocTypeUi } from '../doc-type-ui'
import { PaymentBodyView } from './payment-body'
import { PaymentExtras } from './payment-extras'
import { PaymentRecordPage } from './payment-record-page'

/** 收款登记 (R14): recorded by finance (收款登记 page), allocated, de-allocated and reversed from its page. */
export const paymentUi: DocTypeUi<'payment'> = {
  Body: PaymentBodyView,
  Extras: PaymentExtras,
  routes: [{ path: 'payments/new', Page: PaymentRecordPage, needs: 'payments.record' }],
  menu: [{ group: 'contracts', path: '/payments/new', label: '收款登记', testId: 'nav-new-payment', needs: 'payments.record' }],
}
