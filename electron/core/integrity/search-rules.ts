import { sqlRule, type IntegrityRule } from './integrity-rule'

// The search indexes of migration InfixSearch (search/infix-search.ts). A search reads names from
// customer_names and numbers from the trigram index; a name or number missing there is a document no
// search finds, which nobody would notice by looking.

/** Every customer name written on customers, documents and tasks is among the search's names, folded. */
const namesKnown = sqlRule(
  'Search: every customer name is in the search names (customer_names)',
  `SELECT 'customers ' || CAST(c.id AS TEXT) || ' ' || c.name AS example FROM customers c
    WHERE NOT EXISTS (SELECT 1 FROM customer_names n WHERE n.name = lower(c.name))
   UNION ALL
   SELECT 'documents ' || d.doc_no || ' ' || d.customer_name FROM documents d
    WHERE d.customer_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM customer_names n WHERE n.name = lower(d.customer_name))
   UNION ALL
   SELECT 'tasks ' || CAST(t.id AS TEXT) || ' ' || t.customer_name FROM tasks t
    WHERE t.customer_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM customer_names n WHERE n.name = lower(t.customer_name))`,
)

/**
 * SQLite: each FTS5 index holds exactly its table's text. FTS5's own 'integrity-check' command (rank 1:
 * against the content table) compares them; PRAGMA integrity_check does not for external-content tables.
 * The command is written as an INSERT but changes nothing. PostgreSQL's GIN indexes are the server's
 * own, kept by it on every write, and are not checked here.
 */
const FTS_INDEXES = [
  { index: 'document_numbers_search', table: 'documents' },
  { index: 'customer_names_search', table: 'customer_names' },
]
const ftsInStep: IntegrityRule = {
  rule: 'Search: the SQLite search indexes match their tables',
  only: 'sqlite',
  async check(ctx) {
    const broken: string[] = []
    for (const { index, table } of FTS_INDEXES) {
      try {
        await ctx.em.query(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`)
      } catch (error) {
        broken.push(`${index} ≠ ${table}: ${(error as Error).message}`)
      }
    }
    return broken.length ? { count: broken.length, example: broken[0]! } : null
  },
}

export const searchRules: IntegrityRule[] = [namesKnown, ftsInStep]
