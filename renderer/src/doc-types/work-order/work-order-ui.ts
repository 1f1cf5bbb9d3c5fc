import type { DocTypeUi } from '../doc-type-ui'
import { PendingInstallationPage } from './pending-installation-page'
import { WorkOrderBodyView } from './work-order-body'
import { WorkOrderExtras } from './work-order-extras'
import { WorkOrderFormPage } from './work-order-form-page'
import { WorkOrderPrintPage } from './work-order-print-page'

/** 派工单 (R12): opened from a shipped contract's page (开派工单) or the clerk's 待派工 list; approved by the sales manager; service records the result. */
export const workOrderUi: DocTypeUi<'workOrder'> = {
  Body: WorkOrderBodyView,
  Extras: WorkOrderExtras,
  routes: [
    { path: 'work-orders/new', Page: WorkOrderFormPage, needs: 'workOrders.save' },
    { path: 'work-orders/:id/edit', Page: WorkOrderFormPage, needs: 'workOrders.save' },
    { path: 'work-orders/pending', Page: PendingInstallationPage, needs: 'workOrders.save' },
    { path: 'print/workOrder/:id', Page: WorkOrderPrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [{ group: 'goods', path: '/work-orders/pending', label: '待派工', testId: 'nav-pending-installation', needs: 'workOrders.save' }],
}
