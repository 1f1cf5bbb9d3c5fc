import { DOCUMENT_PREFIXES } from '../../../shared/document-number'
import { sqlRule, type IntegrityRule } from './integrity-rule'

// R22: prefix + yyyymm + four digits, the month being the Shanghai month the document was created in,
// numbered 1..n without a gap per type and month, and document_counters holding n so the next number
// the services hand out continues the sequence.

const PREFIXES_CTE = `prefixes(doc_type, prefix) AS (VALUES ${Object.entries(DOCUMENT_PREFIXES)
  .map(([type, prefix]) => `('${type}', '${prefix}')`)
  .join(', ')})`

/** TRUE when the text is one or more digits: ltrim strips leading digits, so anything left is not one. */
const digits = (text: string) => `(${text} <> '' AND ltrim(${text}, '0123456789') = '')`
/** The sequence number of a doc_no, NULL when its last four are not digits (a cast would abort PostgreSQL's check). */
const SEQ = `(CASE WHEN ${digits('substr(doc_no, 9)')} THEN CAST(substr(doc_no, 9) AS INTEGER) END)`

export const numberingRules: IntegrityRule[] = [
  sqlRule(
    'R22 number format',
    (d) => `WITH ${PREFIXES_CTE}
     SELECT d.doc_no || ' (' || d.doc_type || ', created ' || d.created_at || ')' AS example
     FROM documents d LEFT JOIN prefixes p ON p.doc_type = d.doc_type
     WHERE p.prefix IS NULL OR length(d.doc_no) <> 12 OR substr(d.doc_no, 1, 2) <> p.prefix
        OR NOT ${digits('substr(d.doc_no, 3)')} OR substr(d.doc_no, 7, 2) NOT BETWEEN '01' AND '12' OR substr(d.doc_no, 9) = '0000'
        OR substr(d.doc_no, 3, 6) IS DISTINCT FROM ${d.shanghaiMonth('d.created_at')}`,
  ),
  // The unique index on doc_no rules out duplicates, so n numbers from 1 up to n are exactly 1..n.
  sqlRule(
    'R22 gapless numbers',
    `SELECT substr(doc_no, 1, 8) || ': ' || count(*) || ' numbers, ' || coalesce(CAST(min(${SEQ}) AS TEXT), '?') || ' to '
       || coalesce(CAST(max(${SEQ}) AS TEXT), '?') AS example
     FROM documents GROUP BY substr(doc_no, 1, 8)
     HAVING count(*) IS DISTINCT FROM max(${SEQ}) OR min(${SEQ}) IS DISTINCT FROM 1`,
  ),
  // A counter ahead of the documents skips numbers at the next save; one behind hands out a duplicate.
  sqlRule(
    'R22 counters',
    `WITH ${PREFIXES_CTE},
     used AS (SELECT substr(doc_no, 1, 2) AS prefix, substr(doc_no, 3, 6) AS period, max(${SEQ}) AS last_seq
              FROM documents GROUP BY substr(doc_no, 1, 2), substr(doc_no, 3, 6)),
     counted AS (SELECT p.prefix AS prefix, c.doc_type AS doc_type, c.period AS period, c.last_seq AS last_seq
                 FROM document_counters c LEFT JOIN prefixes p ON p.doc_type = c.doc_type)
     SELECT u.prefix || u.period || ': highest number ' || coalesce(CAST(u.last_seq AS TEXT), '?') || ', counter '
       || coalesce(CAST(c.last_seq AS TEXT), 'missing') AS example
     FROM used u LEFT JOIN counted c ON c.prefix = u.prefix AND c.period = u.period
     WHERE c.last_seq IS DISTINCT FROM u.last_seq
     UNION ALL
     SELECT c.doc_type || ' ' || c.period || ': counter at ' || c.last_seq || ' without documents'
     FROM counted c LEFT JOIN used u ON u.prefix = c.prefix AND u.period = c.period
     WHERE u.prefix IS NULL`,
  ),
]
