import type { DocTypeUi } from '../doc-type-ui'
import { ApplicationSummary } from './application-summary'
import { ApplicationBodyView } from './application-body'
import { ApplicationExtras } from './application-extras'
import { ApplicationFormPage } from './application-form-page'
import { ApplicationPrintPage } from './application-print-page'

/** 合同申报单: its body, its buttons (编辑, 打印预览, 签订合同), its form and print routes, 新建申报单. */
export const applicationUi: DocTypeUi<'application'> = {
  Body: ApplicationBodyView,
  Extras: ApplicationExtras,
  Summary: ApplicationSummary,
  routes: [
    { path: 'applications/new', Page: ApplicationFormPage, needs: 'applications.save' },
    { path: 'applications/:id/edit', Page: ApplicationFormPage, needs: 'applications.save' },
    { path: 'print/application/:id', Page: ApplicationPrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [{ group: 'contracts', path: '/applications/new', label: '新建申报单', testId: 'nav-new-application', needs: 'applications.save' }],
}
