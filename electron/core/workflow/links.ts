import type { EntityManager } from 'typeorm'
import type { FamilyMember, LinkKind } from '../../../shared/api'
import type { DocumentType } from '../../../shared/document-number'
import { readRows } from '../db/driver-query'
import { DocumentLinkEntity } from '../db/entities'
import { insertRow } from '../db/write-rows'

/** R24: the engine writes a link whenever a document is made from (fulfils, pays, books) another. */
export async function linkDocuments(em: EntityManager, fromId: number, toId: number, kind: LinkKind, at: Date): Promise<void> {
  await insertRow(em, DocumentLinkEntity, { fromDocumentId: fromId, toDocumentId: toId, kind, createdAt: at.toISOString() })
}

/** States in which a dependant no longer holds its source (R24 "live dependant": not voided or reversed). */
const DEAD_STATES = ['voided', 'reversed']

/** The numbers of live documents made from this one: while there is one, it cannot be voided (R24). */
export async function liveDependants(em: EntityManager, documentId: number): Promise<string[]> {
  const rows = await readRows<{ doc_no: string }>(
    em,
    `SELECT d.doc_no FROM document_links l JOIN documents d ON d.id = l.from_document_id
     WHERE l.to_document_id = :documentId AND d.state NOT IN (:...dead) ORDER BY d.id`,
    { documentId, dead: DEAD_STATES },
  )
  return rows.map((r) => r.doc_no)
}

interface FamilyRow {
  id: number
  doc_type: string
  doc_no: string
  state: string
  closed_at: string | null
  kind: string
  direction: 'source' | 'dependant'
}

/** Every document linked to this one, both ways: what it was made from, and what was made from it. */
export async function familyOf(em: EntityManager, documentId: number): Promise<FamilyMember[]> {
  const rows = await readRows<FamilyRow>(
    em,
    `SELECT d.id, d.doc_type, d.doc_no, d.state, d.closed_at, l.kind, 'source' AS direction
     FROM document_links l JOIN documents d ON d.id = l.to_document_id WHERE l.from_document_id = :documentId
     UNION ALL
     SELECT d.id, d.doc_type, d.doc_no, d.state, d.closed_at, l.kind, 'dependant' AS direction
     FROM document_links l JOIN documents d ON d.id = l.from_document_id WHERE l.to_document_id = :documentId
     ORDER BY 1`,
    { documentId },
  )
  return rows.map((r) => ({
    id: Number(r.id), docType: r.doc_type as DocumentType, docNo: r.doc_no, state: r.state, closed: r.closed_at !== null,
    link: r.kind as LinkKind, direction: r.direction,
  }))
}
