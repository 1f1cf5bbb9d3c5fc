import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * Chains edited by the administrator (issue 10): every saved chain is a numbered, immutable version
 * (workflow_definition_versions); workflow_definitions keeps the version in force, and each document
 * records the version it was submitted under (documents.chain_version), so a route under way keeps its
 * steps when the administrator changes the chain. Existing chains become version 1, and every document
 * that has a route was planned under it.
 */
export class ChainVersions1764600000000 implements MigrationInterface {
  name = 'ChainVersions1764600000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), ...(pg ? { collation: 'C' } : {}),
    })
    await qr.createTable(new Table({
      name: 'workflow_definition_versions',
      columns: [
        { ...text('doc_type', 32), isPrimary: true },
        { name: 'version', type: 'integer', isPrimary: true },
        { name: 'definition', type: 'text', ...(pg ? { collation: 'C' } : {}) },
        text('created_at', 24),
        text('created_by_name', 32),
      ],
    }))
    await qr.query(`ALTER TABLE workflow_definitions ADD COLUMN version integer NOT NULL DEFAULT 1`)
    await qr.query(`INSERT INTO workflow_definition_versions (doc_type, version, definition, created_at, created_by_name)
      SELECT doc_type, 1, definition, updated_at, updated_by_name FROM workflow_definitions`)
    await qr.query(`ALTER TABLE documents ADD COLUMN chain_version integer`)
    await qr.query(`UPDATE documents SET chain_version = 1 WHERE route IS NOT NULL`)
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`ALTER TABLE documents DROP COLUMN chain_version`)
    await qr.query(`ALTER TABLE workflow_definitions DROP COLUMN version`)
    await qr.dropTable('workflow_definition_versions')
  }
}
