import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * The customer-name half of a queue search ignores the case of Latin letters ("abb" finds ABB（中国）),
 * as LIKE did before prefix ranges replaced it: the 已办 and 我发起的 name indexes are on
 * lower(customer_name), the expression the search compares. SQLite's lower() folds A–Z only, so Chinese
 * names are compared as they are.
 */
const FOLDED = [
  { table: 'tasks', old: 'idx_tasks_done_customer', name: 'idx_tasks_done_customer_fold', owner: 'closed_by_user_id' },
  { table: 'documents', old: 'idx_documents_drafter_customer', name: 'idx_documents_drafter_customer_fold', owner: 'drafter_user_id' },
]

export class CustomerSearchFold1764100000000 implements MigrationInterface {
  name = 'CustomerSearchFold1764100000000'

  async up(qr: QueryRunner): Promise<void> {
    for (const index of FOLDED) {
      await qr.query(`DROP INDEX ${index.old}`)
      await qr.query(`CREATE INDEX ${index.name} ON ${index.table} (${index.owner}, lower(customer_name), doc_no)`)
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const index of [...FOLDED].reverse()) {
      await qr.query(`DROP INDEX ${index.name}`)
      await qr.query(`CREATE INDEX ${index.old} ON ${index.table} (${index.owner}, customer_name, doc_no)`)
    }
  }
}
