import type { DocTypeUi } from '../doc-type-ui'
import { InboundBodyView } from './inbound-body'

/** 成品入库单 (R7): its body; its form, the certificate register and the stock page are its routes. */
export const inboundUi: DocTypeUi<'inbound'> = {
  Body: InboundBodyView,
  Extras: null,
  routes: [],
  menu: [],
}
