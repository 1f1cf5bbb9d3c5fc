import type { Handler } from '../../router/call-context'
import { shanghaiToday } from '../../policy/shanghai-day'
import { loadDocument } from '../../workflow/apply-action'
import { documentView } from '../../workflow/document-view'
import { contractToInvoice, invoiceFigures } from './invoice-figures'
import { invoiceKind } from './invoice-kind'
import { issueThreshold, listThresholds } from './invoice-threshold'
import { recordInvoice, redLetter } from './record-invoice'
import { saveInvoiceRequest } from './save-request'

const save: Handler<'invoices.save'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, invoiceKind, await loadDocument(em, (await saveInvoiceRequest(em, input, ctx)).id), ctx))

const figures: Handler<'invoices.figures'> = ({ contractId, excludeRequestId }, ctx) =>
  ctx.db.transaction(async (em) => {
    const { doc, contract } = await contractToInvoice(em, contractId)
    return invoiceFigures(em, doc, contract, shanghaiToday(ctx.at), excludeRequestId ?? 0)
  })

const record: Handler<'invoices.record'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, invoiceKind, await loadDocument(em, (await recordInvoice(em, input, ctx)).id), ctx))

const red: Handler<'invoices.redLetter'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, invoiceKind, await loadDocument(em, (await redLetter(em, input, ctx)).id), ctx))

const thresholds: Handler<'invoiceThresholds.list'> = (_input, ctx) => ctx.db.read((em) => listThresholds(em, shanghaiToday(ctx.at)))

const issue: Handler<'invoiceThresholds.issue'> = (input, ctx) => ctx.db.transaction((em) => issueThreshold(em, input, ctx, shanghaiToday(ctx.at)))

export const invoiceHandlers = {
  'invoices.save': save,
  'invoices.figures': figures,
  'invoices.record': record,
  'invoices.redLetter': red,
  'invoiceThresholds.list': thresholds,
  'invoiceThresholds.issue': issue,
}
