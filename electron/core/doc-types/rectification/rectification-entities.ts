import { EntitySchema } from 'typeorm'
import { timestamp } from '../../db/entities/columns'

// R13: a rectification opened by a failed check — the acceptance that opened it (its failed lines are the
// rectification's lines), who must answer, and the deadline: the instant 24 hours after the acceptance was
// recorded. The answer: what was done, by whom, recorded by service at answered_at.
// idx_rectifications_unanswered: the overdue query seeks `answered_at IS NULL AND deadline_at < now`.

export interface RectificationRow {
  documentId: number; acceptanceId: number; workOrderId: number; contractId: number; responsible: string; deadlineAt: string
  answeredAt: string | null; answer: string | null; doneBy: string | null; answeredByUserId: number | null; answeredByName: string | null
}

export const RectificationEntity = new EntitySchema<RectificationRow>({
  name: 'Rectification',
  tableName: 'rectifications',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    acceptanceId: { name: 'acceptance_id', type: 'integer' },
    workOrderId: { name: 'work_order_id', type: 'integer' },
    contractId: { name: 'contract_id', type: 'integer' },
    responsible: { type: 'varchar', length: 32 },
    deadlineAt: { ...timestamp(), name: 'deadline_at' },
    answeredAt: { ...timestamp(true), name: 'answered_at' },
    answer: { type: 'text', nullable: true },
    doneBy: { name: 'done_by', type: 'varchar', length: 64, nullable: true },
    answeredByUserId: { name: 'answered_by_user_id', type: 'integer', nullable: true },
    answeredByName: { name: 'answered_by_name', type: 'varchar', length: 32, nullable: true },
  },
  foreignKeys: [
    { name: 'fk_rectifications_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_rectifications_acceptance', target: 'Document', columnNames: ['acceptanceId'], referencedColumnNames: ['id'] },
    { name: 'fk_rectifications_work_order', target: 'Document', columnNames: ['workOrderId'], referencedColumnNames: ['id'] },
    { name: 'fk_rectifications_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
  ],
  indices: [
    { name: 'idx_rectifications_acceptance', columns: ['acceptanceId'] },
    { name: 'idx_rectifications_work_order', columns: ['workOrderId'] },
    { name: 'idx_rectifications_unanswered', columns: ['deadlineAt'], where: 'answered_at IS NULL' },
  ],
})
