import { describe, expect, it } from 'vitest'
import { DOC_TYPES } from '../../shared/doc-types'
import { DOC_TYPE_UI, TYPE_MENU, TYPE_ROUTES } from '../../renderer/src/doc-types'
import { BUILT_DOC_TYPES, docTypeLabel } from '../../renderer/src/doc-types/labels'
import { relationText } from '../../renderer/src/documents/document-family'

describe('the renderer registry of document types', () => {
  it('has one entry per built type, each with a body', () => {
    expect(Object.keys(DOC_TYPE_UI).sort()).toEqual(Object.keys(DOC_TYPES).sort())
    // A component, or (issue 10: each type's screens are their own chunk) a lazy one loaded on first use.
    const isComponent = (c: unknown) => typeof c === 'function' || (c as { $$typeof?: symbol } | null)?.$$typeof === Symbol.for('react.lazy')
    for (const ui of Object.values(DOC_TYPE_UI)) expect(isComponent(ui.Body)).toBe(true)
  })

  it('keeps the routes and menu entries the e2e tests and the queue rely on', () => {
    expect(TYPE_ROUTES.map((r) => [r.path, r.needs, Boolean(r.bare)])).toEqual([
      ['applications/new', 'applications.save', false],
      ['applications/:id/edit', 'applications.save', false],
      ['print/application/:id', 'documents.recordPrint', true],
      ['print/contract/:id', 'documents.recordPrint', true],
      ['payments/new', 'payments.record', false],
      ['production-notices/new', 'productionNotices.save', false],
      ['production-notices/:id/edit', 'productionNotices.save', false],
      ['print/productionNotice/:id', 'documents.recordPrint', true],
      ['inbound/new', 'inbound.create', false],
      ['qc-certificates', 'qcCertificates.list', false],
      ['print/inbound/:id', 'documents.recordPrint', true],
      ['dispatch-notes/new', 'dispatchNotes.save', false],
      ['dispatch-notes/:id/edit', 'dispatchNotes.save', false],
      ['dispatch-notes/ready', 'dispatchNotes.save', false],
      ['print/dispatchNote/:id', 'documents.recordPrint', true],
      ['dispatch-notes/:id/outbound', 'outboundSlips.post', false],
      ['sign-backs/paper', 'signBacks.paperTracking', false],
      ['print/outboundSlip/:id', 'documents.recordPrint', true],
      ['work-orders/new', 'workOrders.save', false],
      ['work-orders/:id/edit', 'workOrders.save', false],
      ['work-orders/pending', 'workOrders.save', false],
      ['print/workOrder/:id', 'documents.recordPrint', true],
      ['acceptances/new', 'acceptances.record', false],
      ['acceptances/pending', 'acceptances.record', false],
      ['print/acceptance/:id', 'documents.recordPrint', true],
      ['rectifications/overdue', 'rectifications.overdue', false],
      ['invoices/new', 'invoices.save', false],
      ['invoices/:id/edit', 'invoices.save', false],
      ['print/invoice/:id', 'documents.recordPrint', true],
      ['invoice-thresholds', 'invoiceThresholds.list', false],
      ['commissions/new', 'commissions.save', false],
      ['commissions/:id/edit', 'commissions.save', false],
      ['print/commission/:id', 'documents.recordPrint', true],
      ['commission-policies', 'commissionPolicies.list', false],
      ['reconciliations', 'reconciliations.list', false],
      ['print/reconciliation/:id', 'documents.recordPrint', true],
    ])
    expect(TYPE_MENU.map((m) => [m.group, m.path, m.testId])).toEqual([
      ['contracts', '/applications/new', 'nav-new-application'],
      ['contracts', '/payments/new', 'nav-new-payment'],
      ['goods', '/inbound/new', 'nav-new-inbound'],
      ['goods', '/qc-certificates', 'nav-qc-certificates'],
      ['goods', '/dispatch-notes/ready', 'nav-ready-to-dispatch'],
      ['contracts', '/sign-backs/paper', 'nav-paper-tracking'],
      ['goods', '/work-orders/pending', 'nav-pending-installation'],
      ['goods', '/acceptances/pending', 'nav-awaiting-acceptance'],
      ['goods', '/rectifications/overdue', 'nav-overdue-rectifications'],
      ['master', '/invoice-thresholds', 'nav-invoice-thresholds'],
      ['contracts', '/commissions/new', 'nav-new-commission'],
      ['master', '/commission-policies', 'nav-commission-policies'],
      ['contracts', '/reconciliations', 'nav-reconciliations'],
    ])
  })

  it('names built types from shared DOC_TYPES and others from the R22 list', () => {
    expect(BUILT_DOC_TYPES).toEqual(['application', 'contract', 'creditChange', 'payment', 'productionNotice', 'inbound', 'dispatchNote', 'outboundSlip', 'gatePass', 'workOrder', 'acceptance', 'rectification', 'invoice', 'commission', 'reconciliation'])
    expect(docTypeLabel('contract')).toBe(DOC_TYPES.contract.label)
    expect(docTypeLabel('dispatchNote')).toBe(DOC_TYPES.dispatchNote.label)
    expect(docTypeLabel('outboundSlip')).toBe(DOC_TYPES.outboundSlip.label)
    expect(docTypeLabel('gatePass')).toBe(DOC_TYPES.gatePass.label)
    expect(docTypeLabel('workOrder')).toBe(DOC_TYPES.workOrder.label)
    expect(docTypeLabel('acceptance')).toBe('验收报告')
    expect(docTypeLabel('rectification')).toBe('整改单')
    expect(docTypeLabel('invoice')).toBe(DOC_TYPES.invoice.label)
    expect(docTypeLabel('commission')).toBe('提成单')
    expect(docTypeLabel('reconciliation')).toBe('月末对帐')
    expect(docTypeLabel('nonsense')).toBe('nonsense')
  })

  it('words a link by its kind and direction', () => {
    const member = { id: 1, docType: 'application' as const, docNo: 'SQ1', state: 'approved', closed: false }
    expect(relationText({ ...member, link: 'madeFrom', direction: 'source' })).toBe('依据')
    expect(relationText({ ...member, link: 'madeFrom', direction: 'dependant' })).toBe('由此生成')
    expect(relationText({ ...member, link: 'pays', direction: 'dependant' })).toBe('本单收款')
  })
})
