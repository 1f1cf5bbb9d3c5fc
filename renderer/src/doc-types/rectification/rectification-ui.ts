import type { DocTypeUi } from '../doc-type-ui'
import { OverdueRectificationsPage } from './overdue-rectifications-page'
import { RectificationBodyView } from './rectification-body'
import { RectificationExtras } from './rectification-extras'

/** 整改 (R13): opened by a failed acceptance check; service answers and re-accepts; overdue ones raised to the sales manager and head. */
export const rectificationUi: DocTypeUi<'rectification'> = {
  Body: RectificationBodyView,
  Extras: RectificationExtras,
  routes: [{ path: 'rectifications/overdue', Page: OverdueRectificationsPage, needs: 'rectifications.overdue' }],
  menu: [{ group: 'goods', path: '/rectifications/overdue', label: '逾期整改', testId: 'nav-overdue-rectifications', needs: 'rectifications.overdue' }],
}
