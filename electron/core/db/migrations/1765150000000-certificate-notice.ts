import { TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'

/**
 * R6 → R7: a QC certificate may name the production notice it was issued for (optional). qc's 出具合格证
 * task on a signed notice closes once the live certificates naming it cover its quantities per product.
 */
export class CertificateNotice1765150000000 implements MigrationInterface {
  name = 'CertificateNotice1765150000000'

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('qc_certificates', new TableColumn({ name: 'production_notice_id', type: 'integer', isNullable: true }))
    await qr.createForeignKey('qc_certificates', new TableForeignKey({
      name: 'fk_qc_certificates_notice', columnNames: ['production_notice_id'], referencedTableName: 'documents', referencedColumnNames: ['id'],
    }))
    await qr.createIndex('qc_certificates', new TableIndex({ name: 'idx_qc_certificates_notice', columnNames: ['production_notice_id'] }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('qc_certificates', 'idx_qc_certificates_notice')
    await qr.dropForeignKey('qc_certificates', 'fk_qc_certificates_notice')
    await qr.dropColumn('qc_certificates', 'production_notice_id')
  }
}
