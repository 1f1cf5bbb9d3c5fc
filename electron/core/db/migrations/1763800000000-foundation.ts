import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable })
const int = (name: string, dflt?: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: nullable,
  ...(dflt === undefined ? {} : { default: dflt }),
})
const time = (name: string, nullable = false) => text(name, 24, nullable)
const money = (name: string): TableColumnOptions => ({ name, type: 'bigint', isNullable: true })

function isPostgres(qr: QueryRunner): boolean {
  return qr.connection.driver.options.type === 'postgres'
}

/** The base tables every later document uses: people, sessions, audit, tasks, numbering, documents. */
export class Foundation1763800000000 implements MigrationInterface {
  // DESIGN.md: an explicit name, because minification renames classes.
  name = 'Foundation1763800000000'

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'users',
        columns: [
          id, text('name', 32), text('login', 32), text('login_key', 32), text('password_hash', 200),
          int('must_change_password', 0), int('disabled', 0), int('failed_attempts', 0), time('locked_until', true),
          time('created_at'), time('updated_at'), int('version', 1),
        ],
        uniques: [{ name: 'uq_users_login_key', columnNames: ['login_key'] }],
      }),
    )
    await qr.createTable(
      new Table({
        name: 'user_roles',
        columns: [{ ...int('user_id'), isPrimary: true }, { ...text('role', 32), isPrimary: true }],
        indices: [{ name: 'idx_user_roles_role', columnNames: ['role', 'user_id'] }],
        foreignKeys: [{ name: 'fk_user_roles_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    )
    await qr.createTable(
      new Table({
        name: 'sessions',
        columns: [{ ...text('token_hash', 64), isPrimary: true }, int('user_id'), time('created_at'), time('last_seen_at'), time('ended_at', true)],
        indices: [{ name: 'idx_sessions_user', columnNames: ['user_id'] }],
        foreignKeys: [{ name: 'fk_sessions_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
      }),
    )
    await qr.createTable(new Table({ name: 'settings', columns: [{ ...text('key', 64), isPrimary: true }, { name: 'value', type: 'text' }] }))
    await qr.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          id, time('at'), int('user_id', undefined, true), text('user_name', 32), text('role', 32, true), text('action', 48),
          text('entity_type', 32), int('entity_id', undefined, true), text('doc_no', 20, true), text('from_state', 32, true),
          text('to_state', 32, true), { name: 'comment', type: 'text', isNullable: true }, { name: 'details', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'idx_audit_entity', columnNames: ['entity_type', 'entity_id', 'id'] },
          { name: 'idx_audit_user', columnNames: ['user_id', 'at'] },
        ],
      }),
    )
    await qr.createTable(
      new Table({
        name: 'documents',
        columns: [
          id, text('doc_type', 32), text('doc_no', 20), text('title', 120), text('state', 32), int('version', 1),
          int('drafter_user_id'), text('drafter_name', 32), text('customer_name', 100, true), money('amount_fen'),
          time('created_at'), time('updated_at'), time('closed_at', true),
        ],
        uniques: [{ name: 'uq_documents_doc_no', columnNames: ['doc_no'] }],
        indices: [
          { name: 'idx_documents_drafter', columnNames: ['drafter_user_id', 'created_at'] },
          { name: 'idx_documents_customer', columnNames: ['customer_name'] },
        ],
      }),
    )
    await qr.createTable(
      new Table({
        name: 'tasks',
        columns: [
          id, int('document_id'), text('doc_type', 32), text('doc_no', 20), text('title', 120), text('customer_name', 100, true),
          money('amount_fen'), text('drafter_name', 32), text('step_key', 48), text('step_name', 48), text('role', 32, true),
          int('assignee_user_id', undefined, true), time('opened_at'), time('closed_at', true), int('closed_by_user_id', undefined, true),
          text('closed_action', 32, true),
        ],
      }),
    )
    await qr.createForeignKey('tasks', new TableForeignKey({ name: 'fk_tasks_document', columnNames: ['document_id'], referencedTableName: 'documents', referencedColumnNames: ['id'] }))
    for (const index of [
      new TableIndex({ name: 'idx_tasks_open_role', columnNames: ['role', 'opened_at'], where: 'closed_at IS NULL' }),
      new TableIndex({ name: 'idx_tasks_open_assignee', columnNames: ['assignee_user_id', 'opened_at'], where: 'closed_at IS NULL' }),
      new TableIndex({ name: 'idx_tasks_done_by', columnNames: ['closed_by_user_id', 'closed_at'] }),
      new TableIndex({ name: 'idx_tasks_document', columnNames: ['document_id'] }),
    ])
      await qr.createIndex('tasks', index)
    await qr.createTable(
      new Table({
        name: 'document_counters',
        columns: [{ ...text('doc_type', 32), isPrimary: true }, { ...text('period', 6), isPrimary: true }, int('last_seq')],
      }),
    )
    await this.makeAuditAppendOnly(qr)
  }

  /** R21: audit events are never updated or deleted, whoever holds the database connection. */
  private async makeAuditAppendOnly(qr: QueryRunner): Promise<void> {
    if (isPostgres(qr)) {
      await qr.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'audit events are append-only (R21)'; END; $$ LANGUAGE plpgsql`)
      await qr.query(`CREATE TRIGGER trg_audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`)
      return
    }
    await qr.query(`CREATE TRIGGER trg_audit_events_no_update BEFORE UPDATE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'audit events are append-only (R21)'); END`)
    await qr.query(`CREATE TRIGGER trg_audit_events_no_delete BEFORE DELETE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'audit events are append-only (R21)'); END`)
  }

  async down(qr: QueryRunner): Promise<void> {
    if (isPostgres(qr)) await qr.query('DROP FUNCTION IF EXISTS audit_events_append_only() CASCADE')
    for (const table of ['document_counters', 'tasks', 'documents', 'audit_events', 'settings', 'sessions', 'user_roles', 'users'])
      await qr.dropTable(table)
  }
}
