import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { RECEIVABLE_BALANCE_FROM_ROWS_SQL } from '../../doc-types/outbound-slip/sign-back/receivable-balance'

/**
 * Issue 12, the credit check (R9) at ten years: each contract's receivable balance as a running figure
 * (receivable-balance.ts says which writes move it and why it stays equal to the rows), with a partial
 * index on the contracts that still owe; and the customer's acceptance bills found by method and due date
 * instead of reading every payment of the customer. The table has no entity: it is read and written by
 * hand-written SQL only (so TypeORM's schema diff never sees its partial index).
 */
export class CreditExposure1766000000000 implements MigrationInterface {
  name = 'CreditExposure1766000000000'

  async up(qr: QueryRunner): Promise<void> {
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    await qr.createTable(new Table({
      name: 'contract_receivables',
      columns: [
        { name: 'contract_id', type: 'integer', isPrimary: true }, { name: 'customer_id', type: 'integer' },
        { name: 'booked_fen', type: 'bigint' }, { name: 'collected_fen', type: 'bigint' },
      ],
      foreignKeys: [fk('fk_contract_receivables_contract', 'contract_id', 'documents'), fk('fk_contract_receivables_customer', 'customer_id', 'customers')],
    }))
    // R9: only the contracts with something unpaid — a handful per customer, however many years of history.
    await qr.query(`CREATE INDEX idx_contract_receivables_unpaid ON contract_receivables (customer_id) WHERE booked_fen > collected_fen`)
    await qr.query(`INSERT INTO contract_receivables (contract_id, customer_id, booked_fen, collected_fen) SELECT b.contract_id, b.customer_id, b.booked_fen, b.collected_fen FROM (${RECEIVABLE_BALANCE_FROM_ROWS_SQL}) b`)
    // R9's unmatured acceptance bills: the customer's bills by due date, not every payment of the customer.
    await qr.createIndex('payments', new TableIndex({ name: 'idx_payments_customer_bills', columnNames: ['customer_id', 'method', 'bill_due_on'] }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('payments', 'idx_payments_customer_bills')
    await qr.query(`DROP INDEX idx_contract_receivables_unpaid`)
    await qr.dropTable('contract_receivables')
  }
}
