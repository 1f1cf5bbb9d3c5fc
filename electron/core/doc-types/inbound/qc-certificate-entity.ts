import { EntitySchema } from 'typeorm'
import { idColumn, timestamp } from '../../db/entities/columns'

// R7: 合格证, issued by qc for a quantity of one product that passed inspection. A register, not a
// document with a chain: qc's issue is final. It is "used" while a live (not voided) inbound line
// carries it — at most one (checked under a lock, and by checkIntegrity); voided only while unused (R24).

export interface QcCertificateRow {
  id: number; certNo: string; productId: number; quantity: number; batchNo: string; inspectedOn: string; inspectorName: string
  remark: string | null; issuedAt: string; issuedByUserId: number; issuedByName: string
  voidedAt: string | null; voidedByUserId: number | null; voidReason: string | null
  /** R6 → R7: the signed production notice it was issued for, if any (qc's 出具合格证 task on that notice). */
  productionNoticeId: number | null
}

export const QcCertificateEntity = new EntitySchema<QcCertificateRow>({
  name: 'QcCertificate',
  tableName: 'qc_certificates',
  columns: {
    id: idColumn,
    certNo: { name: 'cert_no', type: 'varchar', length: 12, unique: true },
    productId: { name: 'product_id', type: 'integer' },
    quantity: { type: 'integer' },
    batchNo: { name: 'batch_no', type: 'varchar', length: 40 },
    inspectedOn: { name: 'inspected_on', type: 'varchar', length: 10 },
    inspectorName: { name: 'inspector_name', type: 'varchar', length: 32 },
    remark: { type: 'varchar', length: 200, nullable: true },
    issuedAt: { ...timestamp(), name: 'issued_at' },
    issuedByUserId: { name: 'issued_by_user_id', type: 'integer' },
    issuedByName: { name: 'issued_by_name', type: 'varchar', length: 32 },
    voidedAt: { ...timestamp(true), name: 'voided_at' },
    voidedByUserId: { name: 'voided_by_user_id', type: 'integer', nullable: true },
    voidReason: { name: 'void_reason', type: 'varchar', length: 200, nullable: true },
    productionNoticeId: { name: 'production_notice_id', type: 'integer', nullable: true },
  },
  checks: [{ name: 'chk_qc_certificates_quantity', expression: 'quantity > 0' }],
  foreignKeys: [
    { name: 'fk_qc_certificates_product', target: 'Product', columnNames: ['productId'], referencedColumnNames: ['id'] },
    { name: 'fk_qc_certificates_issued_by', target: 'User', columnNames: ['issuedByUserId'], referencedColumnNames: ['id'] },
    { name: 'fk_qc_certificates_notice', target: 'Document', columnNames: ['productionNoticeId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_qc_certificates_product', columns: ['productId', 'issuedAt'] }, { name: 'idx_qc_certificates_issued_at', columns: ['issuedAt'] },
    { name: 'idx_qc_certificates_notice', columns: ['productionNoticeId'] },
  ],
})
