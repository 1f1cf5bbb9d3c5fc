import type { DocTypeUi } from '../doc-type-ui'
import { PaymentBodyView } from './payment-body'

/** 收款登记 (R14): recorded by finance (收款登记 page), allocated and reversed from its page. */
export const paymentUi: DocTypeUi<'payment'> = {
  Body: PaymentBodyView,
  Extras: null,
  routes: [],
  menu: [],
}
