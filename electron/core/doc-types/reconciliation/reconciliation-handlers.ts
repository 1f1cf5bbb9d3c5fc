import { AppError } from '../../../../shared/errors'
import { findRowBy } from '../../db/find-rows'
import { DocumentEntity } from '../../db/entities'
import type { Handler } from '../../router/call-context'
import { loadDocument } from '../../workflow/apply-action'
import { documentView } from '../../workflow/document-view'
import { recordDifference } from './record-difference'
import { snapshotLines } from './reconciliation-figures'
import { reconciliationKind } from './reconciliation-kind'
import { listReconciliations } from './reconciliation-list'
import { signOff } from './sign-off'
import { startReconciliation } from './start-reconciliation'

const start: Handler<'reconciliations.start'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, reconciliationKind, await loadDocument(em, (await startReconciliation(em, input.month, ctx)).id), ctx))

const difference: Handler<'reconciliations.recordDifference'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, reconciliationKind, await loadDocument(em, (await recordDifference(em, input, ctx)).id), ctx))

const sign: Handler<'reconciliations.signOff'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, reconciliationKind, await loadDocument(em, (await signOff(em, input, ctx)).id), ctx))

const list: Handler<'reconciliations.list'> = (_input, ctx) => ctx.db.read((em) => listReconciliations(em, ctx.at))

const lines: Handler<'reconciliations.lines'> = (input, ctx) =>
  ctx.db.read(async (em) => {
    const doc = await findRowBy(em, DocumentEntity, { id: input.id })
    if (!doc || doc.docType !== 'reconciliation') throw new AppError('RECONCILIATION_NOT_FOUND')
    return snapshotLines(em, doc.id, input.page, input.pageSize, input.onlyDiffering)
  })

export const reconciliationHandlers = {
  'reconciliations.start': start,
  'reconciliations.recordDifference': difference,
  'reconciliations.signOff': sign,
  'reconciliations.list': list,
  'reconciliations.lines': lines,
}
