import type { DocTypeUi } from '../doc-type-ui'
import { DispatchNoteBodyView } from './dispatch-note-body'
import { DispatchNoteExtras } from './dispatch-note-extras'
import { DispatchNoteFormPage } from './dispatch-note-form-page'
import { DispatchNotePrintPage } from './dispatch-note-print-page'
import { ReadyToDispatchPage } from './ready-to-dispatch-page'

/** 发货单 (R8, R9): opened from a signed contract's page (开发货单) or the clerk's list; approved by the sales manager, the GM on credit. */
export const dispatchNoteUi: DocTypeUi<'dispatchNote'> = {
  Body: DispatchNoteBodyView,
  Extras: DispatchNoteExtras,
  routes: [
    { path: 'dispatch-notes/new', Page: DispatchNoteFormPage, needs: 'dispatchNotes.save' },
    { path: 'dispatch-notes/:id/edit', Page: DispatchNoteFormPage, needs: 'dispatchNotes.save' },
    { path: 'dispatch-notes/ready', Page: ReadyToDispatchPage, needs: 'dispatchNotes.save' },
    { path: 'print/dispatchNote/:id', Page: DispatchNotePrintPage, needs: 'documents.recordPrint', bare: true },
  ],
  menu: [{ group: 'goods', path: '/dispatch-notes/ready', label: '待开发货单', testId: 'nav-ready-to-dispatch', needs: 'dispatchNotes.save' }],
}
