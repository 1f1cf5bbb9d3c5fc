import { EntitySchema } from 'typeorm'
import { fen, idColumn, timestamp } from './columns'

/**
 * A queue row (DESIGN.md "Queues are rows"): entering a step opens one for the person or role that
 * must act; the first to act closes it for everyone. The document's number, customer and amount are
 * copied here so a queue page is one indexed query on this table alone.
 */
export interface TaskRow {
  id: number
  documentId: number
  docType: string
  docNo: string
  title: string
  customerName: string | null
  amountFen: number | null
  drafterName: string
  stepKey: string
  stepName: string
  /** Every holder of this role may act, unless assigneeUserId names one person. */
  role: string | null
  assigneeUserId: number | null
  /** When it opened; a task scheduled ahead (the raise of an overdue rectification, R13) opens in the future and shows from then. */
  openedAt: string
  /** The instant it is due by, if it has one (R13's answer to a rectification): past it the row is red. */
  dueAt?: string | null
  closedAt: string | null
  closedByUserId: number | null
  closedAction: string | null
}

export const TaskEntity = new EntitySchema<TaskRow>({
  name: 'Task',
  tableName: 'tasks',
  columns: {
    id: idColumn,
    documentId: { name: 'document_id', type: 'integer' },
    docType: { name: 'doc_type', type: 'varchar', length: 32 },
    docNo: { name: 'doc_no', type: 'varchar', length: 20 },
    title: { type: 'varchar', length: 120 },
    customerName: { name: 'customer_name', type: 'varchar', length: 100, nullable: true },
    amountFen: { ...fen(true), name: 'amount_fen' },
    drafterName: { name: 'drafter_name', type: 'varchar', length: 32 },
    stepKey: { name: 'step_key', type: 'varchar', length: 48 },
    stepName: { name: 'step_name', type: 'varchar', length: 48 },
    role: { type: 'varchar', length: 32, nullable: true },
    assigneeUserId: { name: 'assignee_user_id', type: 'integer', nullable: true },
    openedAt: { ...timestamp(), name: 'opened_at' },
    dueAt: { ...timestamp(true), name: 'due_at' },
    closedAt: { ...timestamp(true), name: 'closed_at' },
    closedByUserId: { name: 'closed_by_user_id', type: 'integer', nullable: true },
    closedAction: { name: 'closed_action', type: 'varchar', length: 32, nullable: true },
  },
  foreignKeys: [{ name: 'fk_tasks_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] }],
  indices: [
    // 待办 by role and by person are partial indexes on open tasks only: they stay small for ever. The two
    // never overlap (migration OpenTaskQueues); the role one carries what a 待办 filters on, so a count or a
    // search reads index entries only (queue-sql.ts).
    { name: 'idx_tasks_open_unassigned', columns: ['role', 'openedAt', 'id', 'docType', 'docNo', 'customerName'], where: 'closed_at IS NULL AND assignee_user_id IS NULL' },
    { name: 'idx_tasks_open_assigned', columns: ['assigneeUserId', 'openedAt'], where: 'closed_at IS NULL AND assignee_user_id IS NOT NULL' },
    { name: 'idx_tasks_done_by', columns: ['closedByUserId', 'closedAt'] },
    // Searching 已办 by number or customer-name prefix: range seeks within one person's rows.
    { name: 'idx_tasks_done_no', columns: ['closedByUserId', 'docNo'] },
    // (closed_by_user_id, lower(customer_name), doc_no): an expression TypeORM cannot describe, so the
    // migration CustomerSearchFold makes it and schema sync leaves it alone.
    { name: 'idx_tasks_done_customer_fold', columns: ['closedByUserId', 'customerName', 'docNo'], synchronize: false },
    { name: 'idx_tasks_document', columns: ['documentId'] },
  ],
})
