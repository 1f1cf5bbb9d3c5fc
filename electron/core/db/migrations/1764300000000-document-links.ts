import { Table, type MigrationInterface, type QueryRunner } from 'typeorm'

/**
 * Issue 9: links between documents as data, states as the type's lifecycle, chains without the fields
 * the type now declares. Existing data is carried over: every contract links to the application it was
 * made from, and an application with a contract is 已转合同 (contracted), with the audit event R21
 * asks for every state change, dated when its contract was made.
 */
export class DocumentLinks1764300000000 implements MigrationInterface {
  name = 'DocumentLinks1764300000000'

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: 'document_links',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'from_document_id', type: 'integer' },
        { name: 'to_document_id', type: 'integer' },
        { name: 'kind', type: 'varchar', length: '16' },
        { name: 'created_at', type: 'varchar', length: '24' },
      ],
      uniques: [{ name: 'uq_document_links', columnNames: ['from_document_id', 'to_document_id', 'kind'] }],
      foreignKeys: [
        { name: 'fk_document_links_from', columnNames: ['from_document_id'], referencedTableName: 'documents', referencedColumnNames: ['id'] },
        { name: 'fk_document_links_to', columnNames: ['to_document_id'], referencedTableName: 'documents', referencedColumnNames: ['id'] },
      ],
      indices: [{ name: 'idx_document_links_to', columnNames: ['to_document_id'] }],
    }))
    await qr.query(
      `INSERT INTO document_links (from_document_id, to_document_id, kind, created_at)
       SELECT c.document_id, c.application_id, 'madeFrom', d.created_at FROM contracts c JOIN documents d ON d.id = c.document_id ORDER BY c.document_id`,
    )
    await qr.query(
      `INSERT INTO audit_events (at, user_id, user_name, role, action, entity_type, entity_id, doc_no, from_state, to_state, comment, details)
       SELECT cd.created_at, NULL, '系统', NULL, 'advance', 'document', a.id, a.doc_no, a.state, 'contracted', NULL, '{"event":"contractMade"}'
       FROM documents a JOIN contracts c ON c.application_id = a.id JOIN documents cd ON cd.id = c.document_id
       WHERE a.state = 'approved' ORDER BY cd.id`,
    )
    await qr.query(
      `UPDATE documents SET state = 'contracted', version = version + 1
       WHERE doc_type = 'application' AND state = 'approved' AND id IN (SELECT application_id FROM contracts)`,
    )
    // Who drafts a type and which states void are the type's declaration now (its API access, its lifecycle).
    const chains: Array<{ doc_type: string; definition: string }> = await qr.query(`SELECT doc_type, definition FROM workflow_definitions`)
    for (const chain of chains) {
      const { drafterRoles: _drafters, voidableStates: _voidable, ...rest } = JSON.parse(chain.definition) as Record<string, unknown>
      await qr.manager.createQueryBuilder().update('workflow_definitions').set({ definition: JSON.stringify(rest) })
        .where('doc_type = :docType', { docType: chain.doc_type }).execute()
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`UPDATE documents SET state = 'approved', version = version - 1 WHERE doc_type = 'application' AND state = 'contracted'`)
    await qr.dropTable('document_links')
  }
}
