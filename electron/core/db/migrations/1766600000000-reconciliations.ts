import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 月末对帐 (R17, issue 14): the month's reconciliation (one per month, the previous one it starts from, both
 * sides' signatures, the lock), its snapshot rows (one per open contract at month end: both sides' figures
 * and the opening balances, written once by one INSERT … SELECT and never updated) and its difference
 * lines (append-only: a correction is a new line naming the one it corrects).
 */
export class Reconciliations1766600000000 implements MigrationInterface {
  name = 'Reconciliations1766600000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable })
    const money = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    const signature = (side: string) => [
      int(`${side}_signed_by_user_id`, true), text(`${side}_signed_by_name`, 32, true), text(`${side}_signed_role`, 24, true), text(`${side}_signed_at`, 24, true),
    ]
    await qr.createTable(new Table({
      name: 'reconciliations',
      columns: [
        { ...int('document_id'), isPrimary: true }, text('month', 7), text('bound_on', 10), text('bound_at', 24), int('previous_id', true),
        text('started_at', 24), ...signature('sales'), ...signature('finance'), text('locked_at', 24, true),
      ],
      uniques: [{ name: 'uq_reconciliations_month', columnNames: ['month'] }],
      foreignKeys: [fk('fk_reconciliations_document', 'document_id', 'documents'), fk('fk_reconciliations_previous', 'previous_id', 'documents')],
    }))
    // R23: amounts are *_fen ≥ 0; a balance (应收 − 已回款) is signed fen — negative when more was collected than is owed (预收) — so it is not named *_fen.
    const sideFigures = (p: string) => [...['shipped', 'receivable', 'collected', 'invoiced'].map((f) => money(`${p}_${f}_fen`)), money(`${p}_balance`)]
    await qr.createTable(new Table({
      name: 'reconciliation_lines',
      columns: [
        { ...int('document_id'), isPrimary: true }, { ...int('line_no'), isPrimary: true }, int('contract_id'), text('contract_no', 20),
        text('customer_name', 100), money('amount_fen'), ...sideFigures('s'), ...sideFigures('f'),
        money('opening_s_balance'), money('opening_f_balance'), int('differs'),
      ],
      foreignKeys: [fk('fk_reconciliation_lines_document', 'document_id', 'documents'), fk('fk_reconciliation_lines_contract', 'contract_id', 'documents')],
      // The next month's opening balances and a difference's contract are found by (reconciliation, contract).
      uniques: [{ name: 'uq_reconciliation_lines_contract', columnNames: ['document_id', 'contract_id'] }],
      indices: [{ name: 'idx_reconciliation_lines_differs', columnNames: ['document_id', 'differs', 'line_no'] }],
    }))
    await qr.createTable(new Table({
      name: 'reconciliation_differences',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        int('document_id'), int('line_no'), int('contract_id', true), text('figure', 12), money('sales_fen', true), money('finance_fen', true),
        text('explanation', 300), text('resolver_side', 8), text('resolver_name', 32), int('corrects_line_no', true),
        int('recorded_by_user_id'), text('recorded_by_name', 32), text('recorded_at', 24),
      ],
      uniques: [{ name: 'uq_reconciliation_differences_line', columnNames: ['document_id', 'line_no'] }],
      foreignKeys: [fk('fk_reconciliation_differences_document', 'document_id', 'documents'), fk('fk_reconciliation_differences_contract', 'contract_id', 'documents')],
    }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('reconciliation_differences')
    await qr.dropTable('reconciliation_lines')
    await qr.dropTable('reconciliations')
  }
}
