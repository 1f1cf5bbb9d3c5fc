import { lazyNamed } from '../../app/lazy-named'
import type { DocTypeUi } from '../doc-type-ui'

// Each its own chunk, loaded when a document of the type is first opened (the menu needs none of it).
const ApplicationSummary = lazyNamed(() => import('./application-summary'), 'ApplicationSummary')
const ApplicationBodyView = lazyNamed(() => import('./application-body'), 'ApplicationBodyView')
const ApplicationExtras = lazyNamed(() => import('./application-extras'), 'ApplicationExtras')
const ApplicationFormPage = lazyNamed(() => import('./application-form-page'), 'ApplicationFormPage')
const ApplicationPrintPage = lazyNamed(() => import('./application-print-page'), 'ApplicationPrintPage')

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
