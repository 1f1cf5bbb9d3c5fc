import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable })
const long = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable })
const int = (name: string, nullable = false, dflt?: number): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable, ...(dflt === undefined ? {} : { default: dflt }) })
const money = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable })
const time = (name: string, nullable = false) => text(name, 24, nullable)
const day = (name: string, nullable = false) => text(name, 10, nullable)
const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
const lineColumns = [
  id, int('document_id'), int('line_no'), int('product_id'), text('product_code', 32), text('product_name', 60), text('spec', 100),
  text('unit', 8), int('quantity'), money('unit_price_fen'), money('list_price_fen'), money('floor_price_fen'), money('amount_fen'),
]

/** Sales policy, customers and credit, contract application, contract, seal register, workflow chains. */
export class ContractChain1763900000000 implements MigrationInterface {
  name = 'ContractChain1763900000000'

  async up(qr: QueryRunner): Promise<void> {
    // The engine's bookkeeping on the shared document header.
    await qr.addColumns('documents', [
      new TableColumn(text('current_step', 48, true)),
      new TableColumn(long('route', true)),
      new TableColumn(int('round', false, 0)),
      new TableColumn(int('last_signer_user_id', true)),
    ])
    await qr.addColumn('users', new TableColumn(int('manager_user_id', true)))

    await qr.createTable(new Table({
      name: 'workflow_definitions',
      columns: [{ ...text('doc_type', 32), isPrimary: true }, long('definition'), time('updated_at'), text('updated_by_name', 32)],
    }))
    await qr.createTable(new Table({
      name: 'products',
      columns: [id, text('code', 32), text('name', 60), text('spec', 100), text('unit', 8), int('active', false, 1), time('created_at'), time('updated_at')],
      uniques: [{ name: 'uq_products_code', columnNames: ['code'] }],
    }))
    await qr.createTable(new Table({
      name: 'price_lists',
      columns: [id, int('version_no'), day('effective_from'), int('issued_by_user_id'), text('issued_by_name', 32), time('issued_at'), text('note', 200, true)],
      uniques: [{ name: 'uq_price_lists_version', columnNames: ['version_no'] }, { name: 'uq_price_lists_effective', columnNames: ['effective_from'] }],
    }))
    await qr.createTable(new Table({
      name: 'price_list_items',
      columns: [{ ...int('price_list_id'), isPrimary: true }, { ...int('product_id'), isPrimary: true }, money('list_price_fen'), money('floor_price_fen')],
      foreignKeys: [fk('fk_price_list_items_list', 'price_list_id', 'price_lists'), fk('fk_price_list_items_product', 'product_id', 'products')],
    }))
    await qr.createTable(new Table({
      name: 'discount_authorities',
      columns: [{ ...int('price_list_id'), isPrimary: true }, { ...text('role', 32), isPrimary: true }, int('max_below_floor_bps', true)],
      foreignKeys: [fk('fk_discount_authorities_list', 'price_list_id', 'price_lists')],
    }))
    await qr.createTable(new Table({
      name: 'customers',
      columns: [
        id, text('name', 100), text('credit_code', 18), text('address', 200), text('bank_name', 100), text('bank_account', 40),
        text('tax_address_phone', 200), long('contacts'), text('rating', 1), money('credit_limit_fen'), int('credit_days'),
        int('created_by_user_id'), time('created_at'), time('updated_at'), int('version', false, 1),
      ],
      uniques: [{ name: 'uq_customers_credit_code', columnNames: ['credit_code'] }],
      indices: [{ name: 'idx_customers_name', columnNames: ['name'] }],
    }))
    await qr.createTable(new Table({
      name: 'credit_changes',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('customer_id'), long('reason'),
        text('rating_before', 1), money('credit_limit_before_fen'), int('credit_days_before'),
        text('rating_after', 1), money('credit_limit_after_fen'), int('credit_days_after'),
      ],
      foreignKeys: [fk('fk_credit_changes_document', 'document_id', 'documents'), fk('fk_credit_changes_customer', 'customer_id', 'customers')],
      indices: [{ name: 'idx_credit_changes_customer', columnNames: ['customer_id'] }],
    }))
    const terms = [int('prepayment_bps'), money('prepayment_fen'), long('instalments'), int('installation_needed'), long('non_standard_terms', true), day('delivery_date')]
    await qr.createTable(new Table({
      name: 'applications',
      columns: [{ ...int('document_id'), isPrimary: true }, int('customer_id'), int('price_list_id'), ...terms, long('note', true)],
      foreignKeys: [fk('fk_applications_document', 'document_id', 'documents'), fk('fk_applications_customer', 'customer_id', 'customers'), fk('fk_applications_price_list', 'price_list_id', 'price_lists')],
      indices: [{ name: 'idx_applications_customer', columnNames: ['customer_id'] }],
    }))
    await qr.createTable(new Table({
      name: 'application_lines',
      columns: lineColumns,
      foreignKeys: [fk('fk_application_lines_document', 'document_id', 'documents')],
      indices: [{ name: 'idx_application_lines_document', columnNames: ['document_id', 'line_no'] }],
    }))
    await qr.createTable(new Table({
      name: 'contracts',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('application_id'), int('customer_id'), text('customer_contract_no', 40),
        day('signed_on'), money('amount_fen'), int('salesperson_user_id'), text('salesperson_name', 32), ...terms,
      ],
      uniques: [{ name: 'uq_contracts_application', columnNames: ['application_id'] }],
      foreignKeys: [fk('fk_contracts_document', 'document_id', 'documents'), fk('fk_contracts_application', 'application_id', 'documents'), fk('fk_contracts_customer', 'customer_id', 'customers')],
      indices: [
        { name: 'idx_contracts_signed_on', columnNames: ['signed_on'] },
        { name: 'idx_contracts_customer', columnNames: ['customer_id', 'signed_on'] },
        { name: 'idx_contracts_salesperson', columnNames: ['salesperson_user_id', 'signed_on'] },
      ],
    }))
    await qr.createTable(new Table({
      name: 'contract_lines',
      columns: lineColumns,
      foreignKeys: [fk('fk_contract_lines_document', 'document_id', 'documents')],
      indices: [{ name: 'idx_contract_lines_document', columnNames: ['document_id', 'line_no'] }],
    }))
    await qr.createTable(new Table({
      name: 'seal_usages',
      columns: [id, int('contract_id'), int('used_by_user_id'), text('used_by_name', 32), time('used_at'), int('copies'), text('purpose', 100)],
      foreignKeys: [fk('fk_seal_usages_contract', 'contract_id', 'documents')],
      indices: [{ name: 'idx_seal_usages_used_at', columnNames: ['used_at'] }, { name: 'idx_seal_usages_contract', columnNames: ['contract_id'] }],
    }))
    await qr.createIndex('documents', new TableIndex({ name: 'idx_documents_type_state', columnNames: ['doc_type', 'state', 'created_at'] }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('documents', 'idx_documents_type_state')
    for (const table of ['seal_usages', 'contract_lines', 'contracts', 'application_lines', 'applications', 'credit_changes', 'customers', 'discount_authorities', 'price_list_items', 'price_lists', 'products', 'workflow_definitions'])
      await qr.dropTable(table)
    await qr.dropColumn('users', 'manager_user_id')
    for (const column of ['last_signer_user_id', 'round', 'route', 'current_step']) await qr.dropColumn('documents', column)
  }
}
