import type { QueryResult } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { driverQuery } from '../../electron/core/db/driver-query'
import { checkIntegrity, checkIntegrityIn } from '../../electron/core/integrity/check-integrity'
import { openIntegrityOffice, type IntegrityOffice } from './support/integrity-office'
import { snapshotTables } from './support/table-snapshot'
import { onPostgres, onSqlite, testBackend } from './support/test-backend'

// checkIntegrity on the suite's backend (SQLite, or PostgreSQL under scripts/pg/with-cluster.sh): an
// office built through the API passes every rule, and each deliberate corruption — made with direct
// SQL inside a transaction that is rolled back — is reported under exactly its rule and no other.
// (seed.test.ts corrupts generated SQLite files the same way; the generator writes SQLite only.)

let o: IntegrityOffice
beforeAll(async () => {
  o = await openIntegrityOffice()
}, 120_000)
afterAll(() => o.office.close())

type Statement = [sql: string, params?: Record<string, unknown>]
type Corruption = [name: string, rules: string[], statements: (o: IntegrityOffice) => Statement[]]

class Rollback extends Error {}

/** Applies the statements (each must change a row), runs every rule in the same transaction, rolls back. */
async function rulesBrokenBy(statements: Statement[]): Promise<string[]> {
  let rules: string[] = []
  await o.office.ws.database
    .transaction(async (em) => {
      for (const [sql, params = {}] of statements) {
        const result: QueryResult = await em.queryRunner!.query(...driverQuery(em, sql, params), true)
        expect(result.affected, sql).toBeGreaterThan(0)
      }
      rules = (await checkIntegrityIn(em)).problems.map((p) => p.rule)
      throw new Rollback()
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error
    })
  return rules
}

const now = () => o.office.clock.now().toISOString()
const AUDIT = `INSERT INTO audit_events (at, user_id, user_name, role, action, entity_type, entity_id, doc_no, from_state, to_state, details)
  VALUES (:at, :user, :name, :role, :action, 'document', :id, coalesce(:docNo, (SELECT doc_no FROM documents WHERE id = :id)), :from, :to, :details)`
/** An audit event on the credit change (approved by the general manager at gm_approve, round 1), and the version it takes (R21). */
const audited = (o: IntegrityOffice, event: { user: number; name: string; role?: string; action: string; docNo?: string; from?: string; to?: string; versioned?: boolean }): Statement[] => [
  [AUDIT, {
    at: now(), user: event.user, name: event.name, role: event.role ?? null, action: event.action, id: o.creditChange, docNo: event.docNo ?? null,
    from: event.from ?? null, to: event.to ?? null, details: JSON.stringify({ step: 'gm_approve', round: 1 }),
  }],
  ...(event.versioned ? [[`UPDATE documents SET version = version + 1 WHERE id = :id`, { id: o.creditChange }] as Statement] : []),
]

/** A 同意 on the credit change (gm_approve, round 1) by `user`, as deputy of `principal` when given (代), with its version. */
const signedFor = (o: IntegrityOffice, user: { id: number; name: string }, principal?: { id: number; name: string }): Statement[] => [
  [`INSERT INTO audit_events (at, user_id, user_name, role, action, entity_type, entity_id, doc_no, details, on_behalf_of_user_id, on_behalf_of_name)
    VALUES (:at, :user, :name, 'general_manager', 'approve', 'document', :id, (SELECT doc_no FROM documents WHERE id = :id), :details, :principal, :principalName)`, {
    at: now(), user: user.id, name: user.name, id: o.creditChange, details: JSON.stringify({ step: 'gm_approve', round: 1 }),
    principal: principal?.id ?? null, principalName: principal?.name ?? null,
  }],
  [`UPDATE documents SET version = version + 1 WHERE id = :id`, { id: o.creditChange }],
]
/** `deputy` stands in for `principal` over every day the test's clock may read (R21's period for an on-behalf signature). */
const deputyPeriod = (principal: number, deputy: number): Statement => [
  `INSERT INTO deputies (principal_user_id, deputy_user_id, from_day, to_day, created_by_user_id, created_at)
   VALUES (:principal, :deputy, '2000-01-01', '2099-12-31', :principal, '2000-01-01T00:00:00.000Z')`, { principal, deputy }]

const corruptions: Corruption[] = [
  // R22 — the numbering month is Shanghai's (UTC+8): 15:59:59 UTC on 31 October is still October there.
  ['R22: created in another Shanghai month than its number says', ['R22 number format'], (o) => [
    [`UPDATE documents SET created_at = :at WHERE id = :id`, { at: '2026-10-31T15:59:59.000Z', id: o.creditChange }]]],
  ['R22: 16:00 UTC on 31 October is already November in Shanghai, so nothing is wrong', [], (o) => [
    [`UPDATE documents SET created_at = :at WHERE id = :id`, { at: '2026-10-31T16:00:00.000Z', id: o.creditChange }]]],
  ['R22: a counter ahead of its numbers', ['R22 counters'], () => [[`UPDATE document_counters SET last_seq = last_seq + 1 WHERE doc_type = 'creditChange'`]]],

  // The engine's bookkeeping.
  // Chains edited by the administrator: a route names the saved version it was planned under.
  ['a signed contract that forgot the chain version it was planned under', ['chain version'], (o) => [
    [`UPDATE documents SET chain_version = NULL WHERE id = :id`, { id: o.signedContract }]]],
  ['a document naming a chain version never saved', ['chain version'], (o) => [[`UPDATE documents SET chain_version = 99 WHERE id = :id`, { id: o.signedContract }]]],
  ['the chain in force edited in place, not saved as a version', ['chain version'], () => [
    [`UPDATE workflow_definitions SET definition = replace(definition, '会签', '审签') WHERE doc_type = 'contract'`]]],
  ['an approved contract still at a step', ['state and step'], (o) => [[`UPDATE documents SET current_step = 'review' WHERE id = :id`, { id: o.signedContract }]]],
  ['a pending route that is not JSON (reported, not a failed check)', ['state and step'], (o) => [
    [`UPDATE documents SET route = '{"key": ' WHERE id = :id`, { id: o.halfSignedContract }]]],
  ['countersign: the task of a role still to sign is gone', ['open tasks'], (o) => [
    [`DELETE FROM tasks WHERE document_id = :id AND closed_at IS NULL AND role = 'finance'`, { id: o.halfSignedContract }]]],
  ['countersign: one of the three roles’ tasks is gone', ['open tasks'], (o) => [
    [`DELETE FROM tasks WHERE document_id = :id AND closed_at IS NULL AND role = 'legal'`, { id: o.submittedContract }]]],
  ['countersign: an open task is for the role that has already signed', ['task assignee'], (o) => [
    [`UPDATE tasks SET role = 'legal' WHERE document_id = :id AND closed_at IS NULL AND role = 'finance'`, { id: o.halfSignedContract }]]],
  ['countersign: an open task for a role the step does not have', ['task assignee'], (o) => [
    [`UPDATE tasks SET role = 'sales_head' WHERE document_id = :id AND closed_at IS NULL AND role = 'general_manager'`, { id: o.halfSignedContract }]]],
  ['countersign: two tasks for finance and none for legal', ['task assignee'], (o) => [
    [`UPDATE tasks SET role = 'finance' WHERE document_id = :id AND closed_at IS NULL AND role = 'legal'`, { id: o.submittedContract }]]],
  ['countersign: the third role’s task still open after two of three signed', ['open tasks'], (o) => [
    [`UPDATE tasks SET closed_at = NULL, closed_by_user_id = NULL, closed_action = NULL WHERE document_id = :id AND role = 'general_manager'`, { id: o.signedContract }]]],
  ['the task of the manager the route names goes to someone else', ['task assignee'], (o) => [
    [`UPDATE tasks SET assignee_user_id = :gm WHERE document_id = :id AND closed_at IS NULL`, { gm: o.gm.id, id: o.pendingApplication }]]],
  ['a task that does not copy its document', ['task bookkeeping'], (o) => [
    [`UPDATE tasks SET drafter_name = '冒名' WHERE document_id = :id AND closed_at IS NULL`, { id: o.pendingApplication }]]],

  // R21, R20: the audit trail (append-only, so corrupted by what is added to it).
  ['R21: a state change that does not follow the last one', ['R21 state chain'], (o) => audited(o, { user: o.finance.id, name: '刘会计', action: 'print', from: 'draft', to: 'approved' })],
  ['R21: an event naming another number than its document', ['R21 audit names its document'], (o) => audited(o, { user: o.finance.id, name: '刘会计', action: 'print', docNo: 'XY2026119999' })],
  ['R21: a version no audited action explains', ['version = audited actions'], (o) => [[`UPDATE documents SET version = version + 1 WHERE id = :id`, { id: o.creditChange }]]],
  ['R20: the drafter approves their own document', ['R20 drafter signs'], (o) =>
    audited(o, { user: o.finance.id, name: '刘会计', role: 'general_manager', action: 'approve', versioned: true })],
  ['R20: one person signs twice in a row', ['R20 successive signatures'], (o) =>
    audited(o, { user: o.gm.id, name: '张总', role: 'general_manager', action: 'approve', versioned: true })],
  // 代理审批: a deputy's signature counts for the principal too (workflow/transition.ts), so a deputy
  // signing for the person who signed the step before is two successive signatures, deputy period or not.
  ['R20: a deputy signs for the person who signed the step before', ['R20 successive signatures'], (o) => [
    deputyPeriod(o.gm.id, o.manager.id), ...signedFor(o, { id: o.manager.id, name: '李建国' }, { id: o.gm.id, name: '张总' })]],
  ['R20: a person signs after their deputy signed the step before for them', ['R20 successive signatures'], (o) => [
    deputyPeriod(o.manager.id, o.legal.id),
    ...signedFor(o, { id: o.legal.id, name: '周律师' }, { id: o.manager.id, name: '李建国' }), ...signedFor(o, { id: o.manager.id, name: '李建国' })]],
  ['R20: a deputy signs after someone else, for a third person: nothing is wrong', [], (o) => [
    deputyPeriod(o.manager.id, o.legal.id), ...signedFor(o, { id: o.legal.id, name: '周律师' }, { id: o.manager.id, name: '李建国' })]],
  ['R21: a signature in a role the step is not signed in', ['R21 signature records step, round and role'], (o) =>
    audited(o, { user: o.manager.id, name: '李建国', role: 'sales_manager', action: 'approve', versioned: true })],

  // R4, R2: contracts, the seal register, credit terms.
  ['R4: a contract whose salesperson is not its application’s drafter', ['R4 contract from its approved application'], (o) => [
    [`UPDATE contracts SET salesperson_name = '别人' WHERE document_id = :id`, { id: o.signedContract }]]],
  ['R4: a contract line that differs from the application’s', ['R4 contract lines'], (o) => [
    [`UPDATE contract_lines SET spec = 'DN200' WHERE document_id = :id`, { id: o.signedContract }]]],
  ['R4: a seal use missing from the audit trail', ['R4 seal register'], (o) => [
    [`INSERT INTO seal_usages (contract_id, used_by_user_id, used_by_name, used_at, copies, purpose) VALUES (:id, :head, '陈主管', :at, 1, '补盖')`,
      { id: o.signedContract, head: o.head.id, at: now() }]]],
  ['a body row in another type’s table', ['document bodies'], (o) => [
    [`INSERT INTO credit_changes (document_id, customer_id, reason, rating_before, credit_limit_before_fen, credit_days_before, rating_after,
        credit_limit_after_fen, credit_days_after) VALUES (:id, :customer, '误录', 'D', 0, 0, 'A', 1, 1)`, { id: o.pendingApplication, customer: o.customerId }]]],
  ['R2: credit terms no approved change gave', ['R2 credit terms'], (o) => [[`UPDATE customers SET credit_days = credit_days + 1 WHERE id = :id`, { id: o.customerId }]]],

  // R23 and the amounts.
  ['R23: negative money', ['R23 integer money'], (o) => [[`UPDATE price_list_items SET floor_price_fen = -1 WHERE product_id = :id`, { id: o.valveId }]]],
  // PostgreSQL's bigint cannot hold half a fen; SQLite keeps what it is given in any column.
  ...(onSqlite
    ? ([['R23: half a fen (SQLite)', ['R23 integer money'], (o) => [[`UPDATE price_list_items SET floor_price_fen = 70000.5 WHERE product_id = :id`, { id: o.valveId }]]]] satisfies Corruption[])
    : []),
  ['an application line whose amount is not quantity × price', ['amount = sum of lines'], (o) => [
    [`UPDATE application_lines SET amount_fen = amount_fen + 1 WHERE document_id = :id`, { id: o.pendingApplication }]]],
  // A rule several types add is reported once (check-integrity.ts), whichever types break it.
  ['line amounts wrong on an application and on a contract: one rule, and the copy differs too', ['amount = sum of lines', 'R4 contract lines'], (o) => [
    [`UPDATE application_lines SET amount_fen = amount_fen + 1 WHERE document_id = :id`, { id: o.pendingApplication }],
    [`UPDATE contract_lines SET amount_fen = amount_fen + 1 WHERE document_id = :id`, { id: o.signedContract }]]],
  ['instalments that do not make up the amount', ['payment terms add up'], (o) => [
    [`UPDATE applications SET instalments = :json WHERE document_id = :id`, { json: JSON.stringify([{ label: '提货款', dueDate: '2026-12-31', amountFen: 1 }]), id: o.pendingApplication }]]],
  ['instalments that are not JSON (reported, not a failed check)', ['payment terms add up'], (o) => [
    [`UPDATE applications SET instalments = 'not json' WHERE document_id = :id`, { id: o.pendingApplication }]]],

  // R24 links and R19 closing.
  ['R24: a contract without its link to the application', ['R24 contract links'], (o) => [[`DELETE FROM document_links WHERE from_document_id = :id`, { id: o.signedContract }]]],
  ['R24: a link dated before the document it comes from was made', ['R24 links'], (o) => [
    [`UPDATE document_links SET created_at = :at WHERE from_document_id = :id`, { at: '2026-11-19T00:00:00.000Z', id: o.signedContract }]]],
  ['R19: a contract closed outside its lifecycle and without a close event', ['R19 closed documents'], (o) => [
    [`UPDATE documents SET closed_at = updated_at WHERE id = :id`, { id: o.signedContract }]]],
  ['R19: a pending application closed with its task open', ['R19 closed documents'], (o) => [
    [`UPDATE documents SET closed_at = updated_at WHERE id = :id`, { id: o.pendingApplication }]]],

  // R14 payments, R6 production notices.
  ['R14: an allocation beyond the payment’s running figure and the contract’s amount', ['R14 allocations within the payment', 'R14 allocations within the contract'], (o) => [
    [`UPDATE payment_allocations SET amount_fen = 3000000 WHERE payment_id = :id`, { id: o.payment }]]],
  ['R14: the payment’s running allocated figure drifts from its allocations', ['R14 allocations within the payment'], (o) => [
    [`UPDATE payments SET allocated_fen = allocated_fen + 1 WHERE document_id = :id`, { id: o.payment }]]],
  ['R14: an allocation event the allocations do not have', ['R14 allocations audited'], (o) =>
    [[AUDIT, { at: now(), user: o.finance.id, name: '刘会计', role: 'finance', action: 'payment.allocate', id: o.payment, docNo: null, from: null, to: null, details: null }]]],
  // A state written without its transition also breaks the trail's last state and the open tasks.
  ['R24: a payment 已红冲 without its red entry', ['open tasks', 'R21 final state', 'R24 payment red entries'], (o) => [
    [`UPDATE documents SET state = 'reversed' WHERE id = :id`, { id: o.payment }]]],
  ['R6: a notice for more than the contract', ['R6 notices within the contract'], (o) => [
    [`UPDATE production_notice_lines SET quantity = quantity + 1 WHERE document_id = :id`, { id: o.notice }]]],
  ['R6: a contract back at 已签订 with a signed notice', ['open tasks', 'R21 final state', 'R6 contract scheduled', 'R10 contract shipment state'], (o) => [
    [`UPDATE documents SET state = 'approved' WHERE id = :id`, { id: o.signedContract }]]],
  // R8 dispatch notes (issue 12).
  ['R8: a dispatch note for more than its contract', ['R8 dispatch within the contract'], (o) => [
    [`UPDATE dispatch_note_lines SET quantity = quantity + 1, amount_fen = (quantity + 1) * unit_price_fen WHERE document_id = :id`, { id: o.dispatchNote }],
    [`UPDATE documents SET amount_fen = (SELECT sum(amount_fen) FROM dispatch_note_lines WHERE document_id = :id) WHERE id = :id`, { id: o.dispatchNote }]]],
  ['R8: a dispatch line priced off its contract line', ['R8 dispatch lines copy the contract', 'amount = sum of lines', 'R10 outbound lines copy the note'], (o) => [
    [`UPDATE dispatch_note_lines SET unit_price_fen = unit_price_fen + 1 WHERE document_id = :id`, { id: o.dispatchNote }]]],
  ['R8: goods posted on a dispatch note that is not approved', ['state and step', 'open tasks', 'R21 final state', 'R8 dispatch lines copy the contract', 'R10 outbound lines copy the note', 'R10 dispatch note outbound state'], (o) => [
    [`UPDATE dispatch_note_lines SET posted_quantity = 1 WHERE document_id = :id`, { id: o.dispatchNote }],
    [`UPDATE documents SET state = 'draft' WHERE id = :id`, { id: o.dispatchNote }]]],
  ['R24: a dispatch note without its link to the contract', ['R24 dispatch links'], (o) => [
    [`DELETE FROM document_links WHERE from_document_id = :id`, { id: o.dispatchNote }]]],
  // R10 outbound slips (issue 12).
  ['R10: a posted slip for more than the note says was posted', ['R10 outbound within the note', 'R10 outbound moved stock'], (o) => [
    [`UPDATE outbound_slip_lines SET quantity = 2, amount_fen = 2 * unit_price_fen WHERE document_id = :id`, { id: o.outboundSlip }],
    [`UPDATE documents SET amount_fen = (SELECT sum(amount_fen) FROM outbound_slip_lines WHERE document_id = :id) WHERE id = :id`, { id: o.outboundSlip }]]],
  ['R10: an outbound line priced off its note line', ['R10 outbound lines copy the note', 'amount = sum of lines'], (o) => [
    [`UPDATE outbound_slip_lines SET unit_price_fen = unit_price_fen + 1 WHERE document_id = :id`, { id: o.outboundSlip }]]],
  ['R10: stock returned by a slip that is still posted', ['R10 outbound moved stock'], (o) => [
    [`UPDATE stock_on_hand SET quantity = quantity + 1 WHERE product_id = :product`, { product: o.pumpId }],
    [`INSERT INTO stock_movements (product_id, quantity, balance_after, document_id, doc_type, doc_no, at)
      SELECT :product, 1, quantity, :id, 'outboundSlip', (SELECT doc_no FROM documents WHERE id = :id), :at FROM stock_on_hand WHERE product_id = :product`,
      { product: o.pumpId, id: o.outboundSlip, at: now() }]]],
  ['R10: a partly posted note filed as fully posted', ['open tasks', 'R21 final state', 'R10 dispatch note outbound state'], (o) => [
    [`UPDATE documents SET state = 'posted' WHERE id = :id`, { id: o.dispatchNote }]]],
  ['R10: a partly shipped contract filed as shipped', ['R21 final state', 'R10 contract shipment state'], (o) => [
    [`UPDATE documents SET state = 'shipped' WHERE id = :id`, { id: o.signedContract }]]],
  ['R24: an outbound slip without its link to the note', ['R24 outbound links'], (o) => [
    [`DELETE FROM document_links WHERE from_document_id = :id`, { id: o.outboundSlip }]]],
  // Issue 12 gate passes.
  ['R10: a live gate pass for a document that is not a posted slip', ['open tasks', 'R10 gate pass only for a posted slip', 'R24 gate pass links'], (o) => [
    [`UPDATE gate_passes SET outbound_slip_id = :note WHERE document_id = :id`, { note: o.dispatchNote, id: o.gatePass }]]],
  ['R10: two live gate passes for one slip', ['R21 final state', 'R10 one gate pass per slip'], (o) => [
    [`UPDATE documents SET state = 'approved' WHERE id = :id`, { id: o.voidedGatePass }]]],
  ['R24: a gate pass without its link to the slip', ['R24 gate pass links'], (o) => [
    [`DELETE FROM document_links WHERE from_document_id = :id`, { id: o.gatePass }]]],
  // R12 work orders (issue 13).
  ['R12: an approved work order for more than was shipped', ['R12 work orders within shipped'], (o) => [
    [`UPDATE work_order_lines SET quantity = 2 WHERE document_id = :id`, { id: o.workOrder }]]],
  ['R12: a work order line off its contract line', ['R12 work order lines copy the contract'], (o) => [
    [`UPDATE work_order_lines SET product_code = 'X-1' WHERE document_id = :id`, { id: o.workOrder }]]],
  ['R12: a work order 已完工 without its result', ['R12 work order lines copy the contract'], (o) => [
    [`UPDATE work_orders SET completed_on = NULL WHERE document_id = :id`, { id: o.workOrder }]]],
  ['R12: a work order approved before its first payment was allocated (so was the invoice request, R15)', ['R12 first payment at approval', 'R15 request at the threshold of its date'], (o) => [
    [`UPDATE payment_allocations SET created_at = '2999-01-01T00:00:00.000Z' WHERE contract_id = :id`, { id: o.signedContract }]]],
  ['R24: a work order without its link to the contract', ['R24 work order links'], (o) => [
    [`DELETE FROM document_links WHERE from_document_id = :id AND to_document_id = :contract`, { id: o.workOrder, contract: o.signedContract }]]],
  // R13 acceptance reports and rectifications (issue 13).
  ['R13: an acceptance on a work order that is not completed', ['open tasks', 'R21 final state', 'R12 work order lines copy the contract', 'R13 acceptance only on a completed work order'], (o) => [
    [`UPDATE documents SET state = 'approved' WHERE id = :id`, { id: o.workOrder }]]],
  ['R13: a failed line without its problem', ['R13 acceptance only on a completed work order'], (o) => [
    [`UPDATE acceptance_lines SET problem = NULL WHERE document_id = :id`, { id: o.acceptance }]]],
  ['R13: accepted more than the work order installed', ['R13 acceptance within installed'], (o) => [
    [`UPDATE acceptance_lines SET quantity = 3 WHERE document_id = :id`, { id: o.acceptance }]]],
  ['R13: a failed recorded acceptance without its rectification', ['R13 recorded acceptance opens its rectification', 'R13 rectification deadline = report + 24 h'], (o) => [
    [`UPDATE rectifications SET acceptance_id = :other WHERE document_id = :id`, { other: o.workOrder, id: o.rectification }],
    [`UPDATE document_links SET to_document_id = :other WHERE from_document_id = :id`, { other: o.workOrder, id: o.rectification }]]],
  // The tasks keep the deadline they were opened with (service's due, the raise just past it): they disagree too.
  ['R13: a rectification deadline 1 ms past 24 hours', ['R13 rectification due and raised', 'R13 rectification deadline = report + 24 h'], (o) => [
    [`UPDATE acceptances SET recorded_at = '2026-11-20T02:00:00.000Z' WHERE document_id = :id`, { id: o.acceptance }],
    [`UPDATE rectifications SET deadline_at = '2026-11-21T02:00:00.001Z' WHERE document_id = :id`, { id: o.rectification }]]],
  ['R13: a standing rectification carrying an answer', ['R13 rectification answered'], (o) => [
    [`UPDATE rectifications SET answered_at = :at, answer = '已处理', done_by = '钱师傅', answered_by_user_id = 1 WHERE document_id = :id`, { at: now(), id: o.rectification }]]],
  ['R13: a contract filed 已验收 with lines not accepted', ['R21 final state', 'R10 contract shipment state', 'R13 contract accepted iff every line accepted'], (o) => [
    [`UPDATE documents SET state = 'accepted' WHERE id = :id`, { id: o.signedContract }]]],
  ['R13: the raise to the sales manager opening at the deadline, not the millisecond past it', ['R13 rectification due and raised'], (o) => [
    [`UPDATE tasks SET opened_at = (SELECT deadline_at FROM rectifications WHERE document_id = :id) WHERE document_id = :id AND step_key = 'rectification_overdue_manager'`, { id: o.rectification }]]],
  ['R13: service’s answer due by another instant than the deadline', ['R13 rectification due and raised'], (o) => [
    [`UPDATE tasks SET due_at = '2026-12-31T00:00:00.000Z' WHERE document_id = :id AND step_key = 'answer_rectification'`, { id: o.rectification }]]],
  ['R13: a standing rectification not raised to the sales head', ['open tasks'], (o) => [
    [`DELETE FROM tasks WHERE document_id = :id AND step_key = 'rectification_overdue_head'`, { id: o.rectification }]]],
  ['R24: a work order approved without its link to a slip posted before', ['R24 work order made from the slips out at its approval'], (o) => [
    [`DELETE FROM document_links WHERE from_document_id = :id AND to_document_id = :slip`, { id: o.workOrder, slip: o.outboundSlip }]]],
  ['R24: an acceptance without its link to the work order', ['R24 acceptance links'], (o) => [
    [`DELETE FROM document_links WHERE from_document_id = :id`, { id: o.acceptance }]]],
  ['R24: a rectification without its link to the acceptance', ['R24 rectification links'], (o) => [
    [`DELETE FROM document_links WHERE from_document_id = :id`, { id: o.rectification }]]],
  // R15 invoice requests, R24 red letters (issue 14).
  ['R15: invoices beyond the contract amount', ['R15 invoiced within the contract'], (o) => [
    [`UPDATE invoice_requests SET amount_fen = amount_fen + 2000000, invoiced_fen = invoiced_fen + 2000000 WHERE document_id = :id`, { id: o.invoice }],
    [`UPDATE documents SET amount_fen = amount_fen + 2000000 WHERE id = :id`, { id: o.invoice }]]],
  ['R15: a request approved below the threshold in force on its date', ['R15 request at the threshold of its date'], () => [
    [`INSERT INTO invoice_thresholds (version_no, effective_from, percent, issued_by_user_id, issued_by_name, issued_at) VALUES (1, '2000-01-01', 100, 1, '张总', :at)`, { at: now() }]]],
  ['R15: an invoice number recorded without its date', ['R15 invoice recorded as requested'], (o) => [
    [`UPDATE invoice_requests SET issued_on = NULL WHERE document_id = :id`, { id: o.invoice }]]],
  ['R24: a red-letter figure its red letters do not explain', ['R24 red letters within the original'], (o) => [
    [`UPDATE invoice_requests SET red_fen = red_fen + 1 WHERE document_id = :id`, { id: o.invoice }]]],
  // R17 month-end reconciliation, R19 closing after its lock (issue 14).
  ['R17: a reconciliation starting from a document that is not the month before', ['R17 reconciliations in order'], (o) => [
    [`UPDATE reconciliations SET previous_id = :other WHERE document_id = :id`, { other: o.signedContract, id: o.reconciliation }]]],
  ['R17: a snapshot row whose balance is not receivable − collected', ['R17 snapshot adds up'], (o) => [
    [`UPDATE reconciliation_lines SET s_balance = s_balance + 1 WHERE document_id = :id AND line_no = 1`, { id: o.reconciliation }]]],
  ['R17: opening balances that are not last month’s closing', ['R17 opening = last month closing'], (o) => [
    [`UPDATE reconciliation_lines SET opening_f_balance = 100 WHERE document_id = :id AND line_no = 1`, { id: o.reconciliation }]]],
  ['R17: a difference line recorded after the lock', ['R17 differences appended before the lock'], (o) => [
    [`UPDATE reconciliation_differences SET recorded_at = '2099-01-01T00:00:00.000Z' WHERE document_id = :id AND line_no = 2`, { id: o.reconciliation }]]],
  ['R17/R20: one person signed both sides', ['R17 sign-off by both sides'], (o) => [
    [`UPDATE reconciliations SET finance_signed_by_user_id = sales_signed_by_user_id WHERE document_id = :id`, { id: o.reconciliation }]]],
  ['R19: a closing of a month whose reconciliation was never locked', ['R19 closing after the lock'], (o) => [
    [AUDIT, { at: now(), user: 1, name: '管理员', role: 'admin', action: 'close', id: o.creditChange, docNo: null, from: 'approved', to: 'approved', details: JSON.stringify({ month: '2026-10' }) }],
    [`UPDATE documents SET version = version + 1 WHERE id = :id`, { id: o.creditChange }]]],
  // R7 and stock (issue 11): certificates, inbound slips, the running on-hand figure.
  ['R7: one certificate on two live inbound slips', ['R7 certificate used once'], (o) => [
    [`UPDATE inbound_lines SET certificate_id = :cert WHERE document_id = :id`, { cert: o.postedCertificate, id: o.draftInbound }]]],
  ['R7: a certificate for fewer than its line enters', ['R7 certificate matches its line'], (o) => [
    [`UPDATE qc_certificates SET quantity = 1 WHERE id = :id`, { id: o.postedCertificate }]]],
  ['R7: stock raised by a slip that was never posted', ['R7 inbound moved stock'], (o) => [
    [`UPDATE stock_on_hand SET quantity = quantity + 2 WHERE product_id = :product`, { product: o.pumpId }],
    [`INSERT INTO stock_movements (product_id, quantity, balance_after, document_id, doc_type, doc_no, at)
      SELECT :product, 2, quantity, :id, 'inbound', (SELECT doc_no FROM documents WHERE id = :id), :at FROM stock_on_hand WHERE product_id = :product`,
      { product: o.pumpId, id: o.draftInbound, at: now() }]]],
  ['stock: an on-hand figure the movements do not explain', ['stock on hand = movements'], (o) => [
    [`UPDATE stock_on_hand SET quantity = quantity + 1 WHERE product_id = :product`, { product: o.pumpId }]]],
  ['stock: a movement whose balance does not continue the one before', ['stock movements add up'], (o) => [
    [`UPDATE stock_on_hand SET quantity = quantity - 1 WHERE product_id = :product`, { product: o.pumpId }],
    [`INSERT INTO stock_movements (product_id, quantity, balance_after, document_id, doc_type, doc_no, at)
      SELECT :product, -1, quantity + 5, :id, 'application', (SELECT doc_no FROM documents WHERE id = :id), :at FROM stock_on_hand WHERE product_id = :product`,
      { product: o.pumpId, id: o.pendingApplication, at: now() }]]],

  // Search (migration InfixSearch): a name or number the search indexes lack is a document no search finds.
  ['search: a customer’s name missing from the search names', ['Search: every customer name is in the search names (customer_names)'], (o) => [
    [`DELETE FROM customer_names WHERE name = (SELECT lower(name) FROM customers WHERE id = :id)`, { id: o.customerId }]]],
  ...(onSqlite
    ? ([['search: a number missing from the SQLite number index', ['Search: the SQLite search indexes match their tables'], (o) => [
        [`INSERT INTO document_numbers_search (document_numbers_search, rowid, doc_no) SELECT 'delete', id, doc_no FROM documents WHERE id = :id`, { id: o.signedContract }]]]] satisfies Corruption[])
    : []),
]

describe(`checkIntegrity on ${testBackend()}`, () => {
  it('passes an office built through the API: countersigns (two of three) half done, done and just submitted, a seal use, a credit change, closings', async () => {
    expect(await checkIntegrity(o.office.ws.database)).toEqual({ ok: true, problems: [] })
  })

  it.each(corruptions)('%s', async (_name, rules, statements) => {
    expect(await rulesBrokenBy(statements(o))).toEqual(rules)
  })

  it('reports a committed corruption from its own snapshot (on PostgreSQL read-only, re-reading the rule leniently), then passes once repaired', async () => {
    const db = o.office.ws.database
    const set = (value: string) =>
      db.transaction((em) => em.query(...driverQuery(em, `UPDATE applications SET instalments = :value WHERE document_id = :id`, { value, id: o.pendingApplication })))
    const [{ instalments }] = await db.read((em) => em.query(...driverQuery(em, `SELECT instalments FROM applications WHERE document_id = :id`, { id: o.pendingApplication })))
    await set('not json')
    try {
      expect((await checkIntegrity(db)).problems.map((p) => p.rule)).toEqual(['payment terms add up'])
    } finally {
      await set(instalments)
    }
    expect(await checkIntegrity(db)).toEqual({ ok: true, problems: [] })
  })

  it('is clean again after the corruptions were rolled back, and writes nothing itself', async () => {
    const db = o.office.ws.database
    const tables = await snapshotTables(db)
    expect(await checkIntegrity(db)).toEqual({ ok: true, problems: [] })
    expect(await snapshotTables(db)).toEqual(tables)
    // PostgreSQL: the helper functions lived in the check's rolled-back transaction, so no session keeps them.
    if (onPostgres) expect(await db.read((em) => em.query(`SELECT proname FROM pg_proc WHERE proname LIKE 'integrity\\_%'`))).toEqual([])
  })
})
