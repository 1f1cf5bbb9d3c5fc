import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * Search inside names and numbers (顺达 finds 郑州市顺达热电…, 0275 finds HT2020090275), answered from
 * indexes made for it rather than a walk of every row (search/infix-search.ts says how they are read):
 *
 * - customer_names: every customer name the office has written — on customers, documents and tasks —
 *   once, folded as the search folds it (lower(): A–Z only on both backends, latin-fold.ts). Triggers
 *   add a name in the same statement that writes it, so no writer (services, the bulk generator, an
 *   import) can forget; names are never removed (a renamed customer's old documents keep the old name).
 *   A name search finds the names here, then seeks each one on the (owner, lower(customer_name)) indexes
 *   of 已办 and 我发起的 (CustomerSearchFold). Ten years: ~2,000 names against 230,000 tasks.
 * - numbers: on documents.doc_no.
 * Indexes: SQLite FTS5 with the trigram tokenizer, as external-content tables over customer_names and
 * documents kept by triggers; PostgreSQL pg_trgm GIN indexes (gin_trgm_ops) on the columns themselves.
 * Both answer fragments of three characters or more; shorter ones are read as infix-search.ts says.
 */
const NAME_SOURCES = [
  { table: 'customers', column: 'name' },
  { table: 'documents', column: 'customer_name' },
  { table: 'tasks', column: 'customer_name' },
]

const isPostgres = (qr: QueryRunner) => qr.connection.driver.options.type === 'postgres'

export class InfixSearch1764400000000 implements MigrationInterface {
  name = 'InfixSearch1764400000000'

  async up(qr: QueryRunner): Promise<void> {
    if (isPostgres(qr)) await this.upPostgres(qr)
    else await this.upSqlite(qr)
    for (const { table, column } of NAME_SOURCES)
      await qr.query(`INSERT INTO customer_names (name) SELECT DISTINCT lower(${column}) FROM ${table} WHERE ${column} IS NOT NULL ON CONFLICT (name) DO NOTHING`)
  }

  private async upSqlite(qr: QueryRunner): Promise<void> {
    // An INTEGER PRIMARY KEY: the index refers to rows by rowid, which VACUUM may renumber in a table without one.
    await qr.query(`CREATE TABLE customer_names (id integer PRIMARY KEY NOT NULL, name varchar(100) NOT NULL UNIQUE)`)
    await qr.query(`CREATE VIRTUAL TABLE customer_names_search USING fts5(name, content='customer_names', content_rowid='id', tokenize='trigram')`)
    await qr.query(`CREATE TRIGGER customer_names_search_insert AFTER INSERT ON customer_names BEGIN
      INSERT INTO customer_names_search (rowid, name) VALUES (new.id, new.name); END`)
    await qr.query(`CREATE TRIGGER customer_names_search_delete AFTER DELETE ON customer_names BEGIN
      INSERT INTO customer_names_search (customer_names_search, rowid, name) VALUES ('delete', old.id, old.name); END`)
    for (const { table, column } of NAME_SOURCES) {
      const remember = `INSERT INTO customer_names (name) VALUES (lower(new.${column})) ON CONFLICT (name) DO NOTHING;`
      await qr.query(`CREATE TRIGGER ${table}_name_remembered AFTER INSERT ON ${table} WHEN new.${column} IS NOT NULL BEGIN ${remember} END`)
      await qr.query(`CREATE TRIGGER ${table}_name_change_remembered AFTER UPDATE OF ${column} ON ${table} WHEN new.${column} IS NOT NULL BEGIN ${remember} END`)
    }
    await qr.query(`CREATE VIRTUAL TABLE document_numbers_search USING fts5(doc_no, content='documents', content_rowid='id', tokenize='trigram')`)
    await qr.query(`CREATE TRIGGER document_numbers_search_insert AFTER INSERT ON documents BEGIN
      INSERT INTO document_numbers_search (rowid, doc_no) VALUES (new.id, new.doc_no); END`)
    await qr.query(`CREATE TRIGGER document_numbers_search_delete AFTER DELETE ON documents BEGIN
      INSERT INTO document_numbers_search (document_numbers_search, rowid, doc_no) VALUES ('delete', old.id, old.doc_no); END`)
    await qr.query(`CREATE TRIGGER document_numbers_search_update AFTER UPDATE OF doc_no ON documents BEGIN
      INSERT INTO document_numbers_search (document_numbers_search, rowid, doc_no) VALUES ('delete', old.id, old.doc_no);
      INSERT INTO document_numbers_search (rowid, doc_no) VALUES (new.id, new.doc_no); END`)
    // The numbers already written (the customer names' index fills through its trigger as `up` adds them).
    await qr.query(`INSERT INTO document_numbers_search (document_numbers_search) VALUES ('rebuild')`)
  }

  private async upPostgres(qr: QueryRunner): Promise<void> {
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
    await qr.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
    // The same shape as on SQLite, so scripts/pg/copy-office.ts copies it as it copies any table.
    await qr.query(`CREATE TABLE customer_names (id SERIAL NOT NULL, name varchar(100) COLLATE "C" NOT NULL,
      CONSTRAINT "PK_customer_names" PRIMARY KEY (id), CONSTRAINT "UQ_customer_names_name" UNIQUE (name))`)
    // fastupdate off: a new number is in the index when its transaction commits, not in a pending list
    // that every search reads whole until the next vacuum (the planner then prefers reading the table).
    // A document is written a few times a minute; searches are read all day.
    await qr.query(`CREATE INDEX idx_customer_names_trgm ON customer_names USING gin (name gin_trgm_ops) WITH (fastupdate = off)`)
    await qr.query(`CREATE INDEX idx_documents_no_trgm ON documents USING gin (doc_no gin_trgm_ops) WITH (fastupdate = off)`)
    // NEW.<column> is in the "C" collation (ByteOrderText), so lower() folds A–Z only, as on SQLite.
    for (const { table, column } of NAME_SOURCES) {
      await qr.query(`CREATE FUNCTION ${table}_name_remembered() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.${column} IS NOT NULL THEN
            INSERT INTO customer_names (name) VALUES (lower(NEW.${column})) ON CONFLICT (name) DO NOTHING;
          END IF;
          RETURN NULL;
        END $$`)
      await qr.query(`CREATE TRIGGER ${table}_name_remembered AFTER INSERT OR UPDATE OF ${column} ON ${table}
        FOR EACH ROW EXECUTE FUNCTION ${table}_name_remembered()`)
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    if (isPostgres(qr)) {
      for (const { table } of NAME_SOURCES) {
        await qr.query(`DROP TRIGGER ${table}_name_remembered ON ${table}`)
        await qr.query(`DROP FUNCTION ${table}_name_remembered()`)
      }
      await qr.query(`DROP INDEX idx_documents_no_trgm`)
      await qr.query(`DROP TABLE customer_names`)
      // The extension stays: other objects of the database may use it.
      return
    }
    for (const trigger of ['document_numbers_search_update', 'document_numbers_search_delete', 'document_numbers_search_insert'])
      await qr.query(`DROP TRIGGER ${trigger}`)
    await qr.query(`DROP TABLE document_numbers_search`)
    for (const { table } of [...NAME_SOURCES].reverse()) {
      await qr.query(`DROP TRIGGER ${table}_name_change_remembered`)
      await qr.query(`DROP TRIGGER ${table}_name_remembered`)
    }
    await qr.query(`DROP TRIGGER customer_names_search_delete`)
    await qr.query(`DROP TRIGGER customer_names_search_insert`)
    await qr.query(`DROP TABLE customer_names_search`)
    await qr.query(`DROP TABLE customer_names`)
  }
}
