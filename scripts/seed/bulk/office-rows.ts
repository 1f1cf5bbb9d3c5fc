import type BetterSqlite3 from 'better-sqlite3'
import { COLLECTED_INTO_BALANCE_SQL } from '../../../electron/core/doc-types/outbound-slip/sign-back/receivable-balance'
import { formatDocumentNumber, periodOf, type DocumentType } from '../../../shared/document-number'
import type { DocumentLineRow } from '../../../electron/core/db/entities/document-line'

// Raw prepared statements, one per row shape the services write, with the same columns and values
// (booleans as 0/1, JSON as the services stringify it). The counter upsert is the one
// numbering/next-document-number.ts runs, so document_counters ends exactly where the services
// would continue.

export interface AuditRow {
  at: string; userId: number | null; userName: string; role: string | null; action: string; entityType: string
  entityId: number | null; docNo: string | null; fromState: string | null; toState: string | null; comment: string | null; details: string | null
  /** 代理审批: the principal a deputy signed for (apply-action.ts's onBehalfOf). */
  onBehalfOfUserId?: number | null; onBehalfOfName?: string | null
}

export interface DeputyInsert {
  principalUserId: number; deputyUserId: number; fromDay: string; toDay: string; createdByUserId: number; createdAt: string
}

export interface DocumentInsert {
  docType: string; docNo: string; title: string; drafterUserId: number; drafterName: string; customerName: string | null; amountFen: number | null; at: string
}

export interface DocumentMove {
  id: number; version: number; state: string; currentStep: string | null; route: string | null; round: number; lastSignerUserId: number | null; chainVersion: number | null; at: string
}

export interface TaskInsert {
  documentId: number; docType: string; docNo: string; title: string; customerName: string | null; amountFen: number | null
  drafterName: string; stepKey: string; stepName: string; role: string | null; assigneeUserId: number | null; openedAt: string
}

export type LineInsert = Omit<DocumentLineRow, 'id'>

export interface TermsInsert {
  prepaymentBps: number; prepaymentFen: number; instalments: string; installationNeeded: number; nonStandardTerms: string | null; deliveryDate: string
}

const columns = (names: string) => names.split(',').map((n) => n.trim())
const insert = (table: string, names: string) => {
  const cols = columns(names)
  return `INSERT INTO ${table} (${cols.map((c) => c.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`)).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`
}
const LINE = 'documentId, lineNo, productId, productCode, productName, spec, unit, quantity, unitPriceFen, listPriceFen, floorPriceFen, amountFen'
const TERMS = 'prepaymentBps, prepaymentFen, instalments, installationNeeded, nonStandardTerms, deliveryDate'

export class OfficeRows {
  private readonly s

  /** The file, for the rows a part of the generator keeps in its own statements (goods-rows.ts). */
  constructor(readonly sqlite: BetterSqlite3.Database) {
    const p = (sql: string) => sqlite.prepare(sql)
    this.s = {
      setting: p(insert('settings', 'key, value')),
      user: p(insert('users', 'name, login, loginKey, passwordHash, mustChangePassword, disabled, failedAttempts, lockedUntil, createdAt, updatedAt, version, managerUserId')),
      updateUser: p('UPDATE users SET must_change_password = @mustChangePassword, manager_user_id = @managerUserId, version = version + 1, updated_at = @at WHERE id = @id'),
      userRole: p(insert('user_roles', 'userId, role')),
      session: p(insert('sessions', 'tokenHash, userId, createdAt, lastSeenAt, endedAt')),
      audit: p(insert('audit_events', 'at, userId, userName, role, action, entityType, entityId, docNo, fromState, toState, comment, details, onBehalfOfUserId, onBehalfOfName')),
      deputy: p(insert('deputies', 'principalUserId, deputyUserId, fromDay, toDay, createdByUserId, createdAt')),
      product: p(insert('products', 'code, name, spec, unit, active, createdAt, updatedAt')),
      priceList: p(insert('price_lists', 'versionNo, effectiveFrom, issuedByUserId, issuedByName, issuedAt, note')),
      priceItem: p(insert('price_list_items', 'priceListId, productId, listPriceFen, floorPriceFen')),
      authority: p(insert('discount_authorities', 'priceListId, role, maxBelowFloorBps')),
      customer: p(insert('customers', 'name, nameSortKey, creditCode, address, bankName, bankAccount, taxAddressPhone, contacts, rating, creditLimitFen, creditDays, createdByUserId, createdAt, updatedAt, version')),
      customerCredit: p(`UPDATE customers SET rating = @rating, credit_limit_fen = @creditLimitFen, credit_days = @creditDays, version = version + 1,
        updated_at = @at WHERE id = @id AND version = @version`),
      counter: p(`INSERT INTO document_counters (doc_type, period, last_seq) VALUES (?, ?, 1)
        ON CONFLICT (doc_type, period) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`),
      document: p(`INSERT INTO documents (doc_type, doc_no, title, state, version, drafter_user_id, drafter_name, customer_name, amount_fen,
        created_at, updated_at, closed_at, current_step, route, round, last_signer_user_id)
        VALUES (@docType, @docNo, @title, 'draft', 1, @drafterUserId, @drafterName, @customerName, @amountFen, @at, @at, NULL, NULL, NULL, 0, NULL)`),
      move: p(`UPDATE documents SET state = @state, current_step = @currentStep, route = @route, round = @round, last_signer_user_id = @lastSignerUserId,
        chain_version = @chainVersion, version = version + 1, updated_at = @at WHERE id = @id AND version = @version`),
      header: p(`UPDATE documents SET title = @title, customer_name = @customerName, amount_fen = @amountFen, version = version + 1, updated_at = @at
        WHERE id = @id AND version = @version`),
      task: p(insert('tasks', 'documentId, docType, docNo, title, customerName, amountFen, drafterName, stepKey, stepName, role, assigneeUserId, openedAt')),
      closeTasks: p('UPDATE tasks SET closed_at = @at, closed_by_user_id = @by, closed_action = @action WHERE document_id = @documentId AND closed_at IS NULL'),
      closeRoleTasks: p(`UPDATE tasks SET closed_at = @at, closed_by_user_id = @by, closed_action = @action
        WHERE document_id = @documentId AND closed_at IS NULL AND role = @role`),
      link: p(insert('document_links', 'fromDocumentId, toDocumentId, kind, createdAt')),
      application: p(insert('applications', `documentId, customerId, priceListId, ${TERMS}, note`)),
      dropApplication: p('DELETE FROM applications WHERE document_id = ?'),
      applicationLine: p(insert('application_lines', LINE)),
      dropApplicationLines: p('DELETE FROM application_lines WHERE document_id = ?'),
      contract: p(insert('contracts', `documentId, applicationId, customerId, customerContractNo, signedOn, amountFen, salespersonUserId, salespersonName, ${TERMS}`)),
      contractLine: p(insert('contract_lines', LINE)),
      creditChange: p(insert('credit_changes', 'documentId, customerId, reason, ratingBefore, creditLimitBeforeFen, creditDaysBefore, ratingAfter, creditLimitAfterFen, creditDaysAfter')),
      sealUsage: p(insert('seal_usages', 'contractId, usedByUserId, usedByName, usedAt, copies, purpose')),
      payment: p(insert('payments', `documentId, customerId, receivedOn, amountFen, method, bank, reference, billNo, issuingBank, billIssuedOn, billDueOn,
        billKind, billEndorsable, remark, slipRef, reversesPaymentId, allocatedFen`)),
      allocation: p(insert('payment_allocations', 'paymentId, contractId, direction, amountFen, createdAt, byUserId, byName, reason')),
      collectedIntoBalance: p(COLLECTED_INTO_BALANCE_SQL),
      notice: p(insert('production_notices', 'documentId, contractId, note')),
      noticeLine: p(insert('production_notice_lines', 'documentId, lineNo, contractLineNo, productId, productCode, productName, spec, unit, quantity, requiredDate')),
    }
  }

  private static id(result: BetterSqlite3.RunResult): number {
    return Number(result.lastInsertRowid)
  }

  /** The explicit compare-and-set of the services: a miss here is a bug in the generator. */
  private static once(result: BetterSqlite3.RunResult, what: string): void {
    if (result.changes !== 1) throw new Error(`${what}: expected one row, changed ${result.changes}`)
  }

  setting(key: string, value: string) { this.s.setting.run({ key, value }) }
  user(row: Record<string, unknown>): number { return OfficeRows.id(this.s.user.run(row)) }
  updateUser(row: { id: number; mustChangePassword: number; managerUserId: number | null; at: string }) { OfficeRows.once(this.s.updateUser.run(row), 'user') }
  userRole(userId: number, role: string) { this.s.userRole.run({ userId, role }) }
  session(row: { tokenHash: string; userId: number; createdAt: string; lastSeenAt: string; endedAt: string | null }) { this.s.session.run(row) }
  audit(row: AuditRow) { this.s.audit.run({ onBehalfOfUserId: null, onBehalfOfName: null, ...row }) }
  deputy(row: DeputyInsert): number { return OfficeRows.id(this.s.deputy.run(row)) }
  product(row: { code: string; name: string; spec: string; unit: string; active: number; createdAt: string; updatedAt: string }): number { return OfficeRows.id(this.s.product.run(row)) }
  priceList(row: { versionNo: number; effectiveFrom: string; issuedByUserId: number; issuedByName: string; issuedAt: string; note: string | null }): number { return OfficeRows.id(this.s.priceList.run(row)) }
  priceItem(row: { priceListId: number; productId: number; listPriceFen: number; floorPriceFen: number }) { this.s.priceItem.run(row) }
  authority(row: { priceListId: number; role: string; maxBelowFloorBps: number | null }) { this.s.authority.run(row) }
  customer(row: Record<string, unknown>): number { return OfficeRows.id(this.s.customer.run(row)) }
  customerCredit(row: { id: number; version: number; rating: string; creditLimitFen: number; creditDays: number; at: string }) { OfficeRows.once(this.s.customerCredit.run(row), 'customer credit') }

  /** R22: the next gapless number for the type and Shanghai month of `at`. */
  nextNumber(docType: DocumentType, at: string): string {
    const period = periodOf(at)
    const { last_seq: seq } = this.s.counter.get(docType, period) as { last_seq: number }
    if (seq > 9999) throw new Error(`R22 allows 9999 ${docType} numbers in ${period}: lower --scale`)
    return formatDocumentNumber(docType, period, seq)
  }

  document(row: DocumentInsert): number { return OfficeRows.id(this.s.document.run(row)) }
  move(row: DocumentMove) { OfficeRows.once(this.s.move.run(row), `document ${row.id}`) }
  header(row: { id: number; version: number; title: string; customerName: string | null; amountFen: number | null; at: string }) { OfficeRows.once(this.s.header.run(row), `document ${row.id}`) }
  task(row: TaskInsert) { this.s.task.run(row) }
  /** Every open task of the document, or (a countersign signature) only the signer's role's. */
  closeTasks(documentId: number, by: number, action: string, at: string, role: string | null = null) {
    if (role === null) this.s.closeTasks.run({ documentId, by, action, at })
    else this.s.closeRoleTasks.run({ documentId, by, action, at, role })
  }
  link(row: { fromDocumentId: number; toDocumentId: number; kind: string; createdAt: string }) { this.s.link.run(row) }
  application(row: { documentId: number; customerId: number; priceListId: number; note: string | null } & TermsInsert) { this.s.application.run(row) }
  dropApplication(documentId: number) { this.s.dropApplicationLines.run(documentId); this.s.dropApplication.run(documentId) }
  applicationLine(row: LineInsert) { this.s.applicationLine.run(row) }
  contract(row: Record<string, unknown> & TermsInsert) { this.s.contract.run(row) }
  contractLine(row: LineInsert) { this.s.contractLine.run(row) }
  creditChange(row: Record<string, unknown>) { this.s.creditChange.run(row) }
  sealUsage(row: { contractId: number; usedByUserId: number; usedByName: string; usedAt: string; copies: number; purpose: string }) { this.s.sealUsage.run(row) }
  payment(row: Record<string, unknown>) { this.s.payment.run(row) }
  allocation(row: { paymentId: number; contractId: number; direction: number; amountFen: number; createdAt: string; byUserId: number; byName: string; reason: string | null }) {
    this.s.allocation.run(row)
    // R9: the contract's running receivable balance, by the engine's own statement (receivable-balance.ts).
    this.s.collectedIntoBalance.run({ contractId: row.contractId, deltaFen: row.direction * row.amountFen })
  }
  notice(row: { documentId: number; contractId: number; note: string | null }) { this.s.notice.run(row) }
  noticeLine(row: Record<string, unknown>) { this.s.noticeLine.run(row) }
}
