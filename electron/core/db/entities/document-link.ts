import { EntitySchema } from 'typeorm'
import { idColumn, timestamp } from './columns'

/**
 * Links between documents as data (R24): `from` was made from, fulfils, pays or books `to`. Written by
 * the engine when a document is made from another; voiding follows them backwards, and every document
 * page shows its family from them.
 */
export interface DocumentLinkRow {
  id: number
  fromDocumentId: number
  toDocumentId: number
  kind: string
  createdAt: string
}

export const DocumentLinkEntity = new EntitySchema<DocumentLinkRow>({
  name: 'DocumentLink',
  tableName: 'document_links',
  columns: {
    id: idColumn,
    fromDocumentId: { name: 'from_document_id', type: 'integer' },
    toDocumentId: { name: 'to_document_id', type: 'integer' },
    kind: { type: 'varchar', length: 16 },
    createdAt: { ...timestamp(), name: 'created_at' },
  },
  uniques: [{ name: 'uq_document_links', columns: ['fromDocumentId', 'toDocumentId', 'kind'] }],
  foreignKeys: [
    { name: 'fk_document_links_from', target: 'Document', columnNames: ['fromDocumentId'], referencedColumnNames: ['id'] },
    { name: 'fk_document_links_to', target: 'Document', columnNames: ['toDocumentId'], referencedColumnNames: ['id'] },
  ],
  // Dependants of a document (R24's check, the family) are one seek on the target.
  indices: [{ name: 'idx_document_links_to', columns: ['toDocumentId'] }],
})
