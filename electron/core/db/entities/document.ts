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
  /** The engine's bookkeeping: the step awaiting a signature, the steps planned at submit (JSON), the
   *  submission round, and who signed the previous step of this round (R20). */
  currentStep: string | null
  route: string | null
  round: number
  lastSignerUserId: number | null
  /** The chain version the route was planned under (workflow_definition_versions); null before the first submit. */
  chainVersion: number | null
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
    currentStep: { name: 'current_step', type: 'varchar', length: 48, nullable: true },
    route: { type: 'text', nullable: true },
    round: { type: 'integer', default: 0 },
    lastSignerUserId: { name: 'last_signer_user_id', type: 'integer', nullable: true },
    chainVersion: { name: 'chain_version', type: 'integer', nullable: true },
  },
  indices: [
    { name: 'idx_documents_drafter', columns: ['drafterUserId', 'createdAt'] },
    // Searching 我发起的 by number or customer-name prefix.
    { name: 'idx_documents_drafter_no', columns: ['drafterUserId', 'docNo'] },
    // (drafter_user_id, lower(customer_name), doc_no): made by the migration CustomerSearchFold.
    { name: 'idx_documents_drafter_customer_fold', columns: ['drafterUserId', 'customerName', 'docNo'], synchronize: false },
    { name: 'idx_documents_customer', columns: ['customerName'] },
    // PostgreSQL only, a pg_trgm GIN index for search inside numbers (migration InfixSearch; SQLite's is an FTS5 table).
    { name: 'idx_documents_no_trgm', columns: ['docNo'], synchronize: false },
    { name: 'idx_documents_type_state', columns: ['docType', 'state', 'createdAt'] },
  ],
})
