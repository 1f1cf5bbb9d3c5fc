import type { DocTypeUi } from '../doc-type-ui'
import { InboundBodyView } from './inbound-body'
import { InboundExtras } from './inbound-extras'
import { InboundFormPage } from './inbound-form-page'
import { InboundPrintPage } from './inbound-print-page'
import { QcCertificatesPage } from './qc-certificates-page'

/** 成品入库单 (R7): its body, its form (新建入库单), and the certificate register qc issues into (合格证). */
export const inboundUi: DocTypeUi<'inbound'> = {
  Body: InboundBodyView,
  Extras: InboundExtras,
  routes: [
    { path: 'inbound/new', Page: InboundFormPage, needs: 'inbound.create' },
    { path: 'qc-certificates', Page: QcCertificatesPage, needs: 'qcCertificates.list' },
    { path: 'print/inbound/:id', Page: InboundPrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [
    { group: 'goods', path: '/inbound/new', label: '新建入库单', testId: 'nav-new-inbound', needs: 'inbound.create' },
    { group: 'goods', path: '/qc-certificates', label: '合格证', testId: 'nav-qc-certificates', needs: 'qcCertificates.list' },
  ],
}
