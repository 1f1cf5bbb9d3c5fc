import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'

/**
 * 待办 at ten years, for a role holding thousands of open tasks (queue-sql.ts): the open tasks split into
 * two partial indexes that never overlap, one per half of a 待办.
 * - Unassigned (every holder of the role may act): by role, then newest first, carrying the columns a 待办
 *   filters on (type, number, customer name). A page is a seek per role that stops after a page's worth,
 *   a count or a search reads index entries only: no row of the 1 GB table is read until the page's own.
 *   It replaces idx_tasks_open_role, whose rows had to be read one by one to learn they were unassigned.
 * - Assigned to one person: only those rows, so "assignee IS NULL" can no longer be answered from it (SQLite
 *   used to walk every unassigned open task on it for a two-role 待办; the `+assignee_user_id` workaround goes).
 */
const UNASSIGNED = new TableIndex({
  name: 'idx_tasks_open_unassigned',
  columnNames: ['role', 'opened_at', 'id', 'doc_type', 'doc_no', 'customer_name'],
  where: 'closed_at IS NULL AND assignee_user_id IS NULL',
})
const ASSIGNED = new TableIndex({
  name: 'idx_tasks_open_assigned',
  columnNames: ['assignee_user_id', 'opened_at'],
  where: 'closed_at IS NULL AND assignee_user_id IS NOT NULL',
})
const BEFORE = [
  new TableIndex({ name: 'idx_tasks_open_role', columnNames: ['role', 'opened_at'], where: 'closed_at IS NULL' }),
  new TableIndex({ name: 'idx_tasks_open_assignee', columnNames: ['assignee_user_id', 'opened_at'], where: 'closed_at IS NULL' }),
]

export class OpenTaskQueues1766500000000 implements MigrationInterface {
  name = 'OpenTaskQueues1766500000000'

  async up(qr: QueryRunner): Promise<void> {
    for (const index of BEFORE) await qr.dropIndex('tasks', index.name!)
    for (const index of [UNASSIGNED, ASSIGNED]) await qr.createIndex('tasks', index)
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const index of [UNASSIGNED, ASSIGNED]) await qr.dropIndex('tasks', index.name!)
    for (const index of BEFORE) await qr.createIndex('tasks', index)
  }
}
