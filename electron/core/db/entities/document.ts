import { EntitySchema } from 'typeorm'
import { fen, idColumn, timestamp } from './columns'

/**
 * The header every document shares (application, contract, dispatch note, …): number, state and the
 * version used for optimistic locking. Each type keeps its own lines and fields in its own table.
 * "我发起的" is one indexed query on (drafter_user_id, created_at).
 */
export interface DocumentRow {
  id: number
  docType: string
  docNo: string
  title: string
  state: string
  version: number
  drafterUserId: number
  drafterName: string
  customerName: string | null
  amountFen: number | null
  createdAt: string
  updatedAt: string
  /** R19: closed documents are read-only. */
  closedAt: string | null
}

export const DocumentEntity = new EntitySchema<DocumentRow>({
  name: 'Document',
  tableName: 'documents',
  columns: {
    id: idColumn,
    docType: { name: 'doc_type', type: 'varchar', length: 32 },
    docNo: { name: 'doc_no', type: 'varchar', length: 20, unique: true },
    title: { type: 'varchar', length: 120 },
    state: { type: 'varchar', length: 32 },
    version: { type: 'integer', default: 1 },
    drafterUserId: { name: 'drafter_user_id', type: 'integer' },
    drafterName: { name: 'drafter_name', type: 'varchar', length: 32 },
    customerName: { name: 'customer_name', type: 'varchar', length: 100, nullable: true },
    amountFen: { ...fen(true), name: 'amount_fen' },
    createdAt: { ...timestamp(), name: 'created_at' },
    updatedAt: { ...timestamp(), name: 'updated_at' },
    closedAt: { ...timestamp(true), name: 'closed_at' },
  },
  indices: [
    { name: 'idx_documents_drafter', columns: ['drafterUserId', 'createdAt'] },
    { name: 'idx_documents_customer', columns: ['customerName'] },
  ],
})
