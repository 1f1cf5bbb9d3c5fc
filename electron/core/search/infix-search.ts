import type { EntityManager } from 'typeorm'
import { foldLatin } from '../db/latin-fold'

/**
 * Search inside customer names and document numbers (顺达 finds 郑州市顺达热电…), read from the indexes of
 * migration InfixSearch: SQLite FTS5 trigram tables, PostgreSQL pg_trgm GIN indexes. The two backends
 * spell the lookup differently and answer the same: every candidate an index gives is checked again
 * with LIKE on the folded text (A–Z folded on both sides, latin-fold.ts; byte order, ByteOrderText),
 * so an index's own, wider case folding never adds a row.
 *
 * A trigram index needs three characters. Shorter fragments:
 * - a name of one or two characters (顺达: two-character names are common) is looked for inside the
 *   office's distinct customer names (customer_names: ~2,000 at ten years, read whole in well under a
 *   millisecond), and the documents of the names found are then sought by name as for a longer fragment;
 * - a number of one or two characters is the number's start (SQ, HT): inside a number, one or two
 *   digits match nearly every document, which no one searches for.
 * A number fragment that starts with two letters is a number's start whatever its length (R22).
 *
 * On rows already found another way (a 待办's open tasks, a broad page), "holds the fragment" is tested
 * with instr()/strpos() on the folded text: the same answer as LIKE '%…%', with nothing to escape.
 * (CPU time on SQLite, finance's 6,633 open tasks at ten years: inside a number 1.0 ms against LIKE's
 * 1.5–1.9 ms; inside a name the same as LIKE, 1.8 ms, most of it lower().)
 */
export type SearchEngine = 'sqlite' | 'postgres'

export const searchEngineOf = (em: EntityManager): SearchEngine => (em.connection.driver.options.type === 'postgres' ? 'postgres' : 'sqlite')

/** The shortest fragment a trigram index answers. */
export const TRIGRAM = 3

/** After every continuation of a prefix in code-point order (queue-sql.ts: prefix ranges). */
const AFTER_EVERY_CONTINUATION = '\u{10FFFF}'

const likeInside = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
/** An FTS5 phrase: the fragment in double quotes (a quote inside doubled), matched as consecutive trigrams. */
const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`

export interface InfixSearch {
  /** True when the fragment is long enough for the trigram indexes. */
  long: boolean
  /**
   * True when the fragment starts with two letters: then it can only be the start of a number (R22: two
   * letters, then digits), and a range on (owner, doc_no) answers it exactly — cheaper than the trigram
   * index, whose trigrams of a type and year (SQ2, 202, 026) each hold a large part of all documents.
   */
  numberStart: boolean
  /** False when the fragment has a character no number has (numbers are A–Z, digits and '-'): no number half. */
  numeric: boolean
  params: Record<string, unknown>
}

/** The parameters every predicate below reads; names are the queue's (`:noLike`, `:nameLike`, …). */
export function infixSearch(search: string): InfixSearch {
  const number = search.toUpperCase()
  const name = foldLatin(search)
  const long = [...search].length >= TRIGRAM
  return {
    long,
    numeric: /^[A-Z0-9-]+$/.test(number),
    numberStart: /^[A-Z]{2}/.test(number),
    params: {
      noLike: likeInside(number), noPhrase: ftsPhrase(number), noLo: number, noHi: number + AFTER_EVERY_CONTINUATION,
      nameLike: likeInside(name), namePhrase: ftsPhrase(name), noText: number, nameText: name,
    },
  }
}

/** `text` holds the parameter `param` somewhere: SQLite's instr(), PostgreSQL's strpos() (1-based, 0 for none). */
const holds = (engine: SearchEngine, text: string, param: string) => `${engine === 'sqlite' ? 'instr' : 'strpos'}(${text}, :${param}) > 0`

/** The number condition on one row, as a filter (rows already found by other means). */
export const numberFilter = (engine: SearchEngine, search: InfixSearch, a: string) =>
  search.long && !search.numberStart ? holds(engine, `${a}.doc_no`, 'noText') : `(${a}.doc_no >= :noLo AND ${a}.doc_no < :noHi)`

/**
 * The documents whose number holds the fragment, from the index, as a FROM item `numbered` (column id).
 * Only for a long fragment: a short one is a prefix, which the (owner, doc_no) indexes answer as a range
 * (numberFilter).
 */
export function documentsNumbered(engine: SearchEngine): string {
  return engine === 'sqlite'
    ? `(SELECT rowid AS id FROM document_numbers_search WHERE document_numbers_search MATCH :noPhrase) AS numbered`
    : `(SELECT id FROM documents WHERE doc_no LIKE :noLike ESCAPE '\\') AS numbered`
}

/** The customer-name condition on one row, as a filter (A–Z folded on both sides). */
export const nameFilter = (engine: SearchEngine, a: string, column = 'customer_name') => holds(engine, `lower(${a}.${column})`, 'nameText')

/** The folded customer names that hold the fragment: from the trigram index, or (short) the names read whole. */
function namesHoldingSql(engine: SearchEngine, search: InfixSearch): string {
  if (engine === 'sqlite' && search.long)
    return `SELECT name FROM customer_names WHERE id IN (SELECT rowid FROM customer_names_search WHERE customer_names_search MATCH :namePhrase)
      AND name LIKE :nameLike ESCAPE '\\'`
  // PostgreSQL: the GIN index answers a long fragment's LIKE; a short one reads the names table whole.
  return `SELECT name FROM customer_names WHERE name LIKE :nameLike ESCAPE '\\'`
}

/** The same names as a FROM item `named` (column name; each name once, so a join adds no duplicate rows). */
export const namesHolding = (engine: SearchEngine, search: InfixSearch) => `(${namesHoldingSql(engine, search)}) AS named`

/** The name condition on one row, sought through the names found (each a seek on an index on lower(column)). */
export const nameSeek = (engine: SearchEngine, search: InfixSearch, a: string, column = 'customer_name') =>
  `lower(${a}.${column}) IN (${namesHoldingSql(engine, search)})`
