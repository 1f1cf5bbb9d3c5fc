import { EntitySchema } from 'typeorm'

/** R22: the last number issued per document type and month; bumped inside the document's own transaction. */
export interface DocumentCounterRow {
  docType: string
  period: string
  lastSeq: number
}

export const DocumentCounterEntity = new EntitySchema<DocumentCounterRow>({
  name: 'DocumentCounter',
  tableName: 'document_counters',
  columns: {
    docType: { name: 'doc_type', type: 'varchar', length: 32, primary: true },
    period: { type: 'varchar', length: 6, primary: true },
    lastSeq: { name: 'last_seq', type: 'integer' },
  },
})
