import { type MigrationInterface, type QueryRunner } from 'typeorm'
import { MISSING_SLIP_LINKS_SQL } from '../../doc-types/work-order/work-order-slips'
import { escalationOpensAt, ANSWER_RECTIFICATION, RECTIFICATION_ESCALATIONS } from '../../doc-types/rectification/rectification-task'

/**
 * Issue 13, the overdue rectification in 我的待办 (R13): a task may carry the instant it is due by
 * (`tasks.due_at`; past it the row is red — read against the clock, so it turns without a write), and the
 * raise to the sales manager and the sales head is a task of theirs that opens at the first millisecond past
 * the deadline (its `opened_at`): the 待办 shows a role's tasks opened up to now, a seek on the same
 * idx_tasks_open_role (role, opened_at). Standing rectifications get both here, as the engine now writes them.
 * And R24: work orders approved before they were linked to the slips posted up to their approval are linked.
 */
export class TaskDeadlines1766100000000 implements MigrationInterface {
  name = 'TaskDeadlines1766100000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    // Byte order on PostgreSQL, as every text column here (ByteOrderText): ISO instants compare as they sort.
    // Plain ALTER: TypeORM's SQLite addColumn rebuilds the table and loses the expression indexes it cannot describe.
    await qr.query(`ALTER TABLE tasks ADD COLUMN due_at varchar(24)${pg ? ' COLLATE "C"' : ''} NULL`)
    const standing = (await qr.query(
      `SELECT r.document_id, r.deadline_at, d.doc_type, d.doc_no, d.title, d.customer_name, d.drafter_name
       FROM rectifications r JOIN documents d ON d.id = r.document_id WHERE d.state = 'approved' AND r.answered_at IS NULL`,
    )) as Array<{ document_id: number; deadline_at: string; doc_type: string; doc_no: string; title: string; customer_name: string | null; drafter_name: string }>
    const p = (i: number) => (pg ? `$${i}` : '?')
    for (const r of standing) {
      await qr.query(`UPDATE tasks SET due_at = ${p(1)} WHERE document_id = ${p(2)} AND step_key = ${p(3)} AND closed_at IS NULL`, [r.deadline_at, r.document_id, ANSWER_RECTIFICATION.stepKey])
      const opensAt = escalationOpensAt(r.deadline_at)
      for (const e of RECTIFICATION_ESCALATIONS)
        await qr.query(
          `INSERT INTO tasks (document_id, doc_type, doc_no, title, customer_name, amount_fen, drafter_name, step_key, step_name, role, assignee_user_id, opened_at, due_at)
           VALUES (${[1, 2, 3, 4, 5].map(p).join(', ')}, NULL, ${[6, 7, 8, 9].map(p).join(', ')}, NULL, ${p(10)}, ${p(11)})`,
          [r.document_id, r.doc_type, r.doc_no, r.title, r.customer_name, r.drafter_name, e.stepKey, e.stepName, e.role, opensAt, r.deadline_at],
        )
    }
    // R24: a work order is made from every slip posted up to its approval (work-order-slips.ts); those approved
    // before that rule are linked now, dated at their approval.
    await qr.query(
      `INSERT INTO document_links (from_document_id, to_document_id, kind, created_at) SELECT m.order_id, m.slip_id, 'madeFrom', m.at FROM (${MISSING_SLIP_LINKS_SQL}) m`,
    )
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DELETE FROM tasks WHERE step_key IN (${RECTIFICATION_ESCALATIONS.map((e) => `'${e.stepKey}'`).join(', ')})`)
    await qr.query(`ALTER TABLE tasks DROP COLUMN due_at`)
  }
}
