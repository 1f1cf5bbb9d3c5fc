import type { EntityManager } from 'typeorm'

// The integrity rules are one SQL text each, written once for both databases. Most of it is common
// SQL (IS DISTINCT FROM, window functions, MATERIALIZED CTEs, TRUE/FALSE, CAST(x AS TEXT) all read
// the same on SQLite ≥ 3.39 and PostgreSQL ≥ 12); what differs is JSON, dates, row identity and
// storage types, and that is what this file spells out per database. JSON columns are plain text on
// both (entities' `text` columns holding JSON.stringify output), so a rule first turns a column into
// a JSON value with `json(...)`, which is NULL when the text does not parse (on PostgreSQL in the
// lenient variant, which a rule is re-run with when a plain cast fails): a corrupt value is then
// reported by its rule instead of aborting the whole check.

export type DialectName = 'sqlite' | 'postgres'

/** A dotted path into a JSON value, numbers for array positions: 'actor.role', '0.key'. */
type JsonPath = string

export interface Dialect {
  name: DialectName
  /** Which SQL texts it writes (a rule's text is built once per key). */
  key: 'sqlite' | 'postgres' | 'postgres-lenient'
  /** A text column as a JSON value (SQLite: the valid text; PostgreSQL: jsonb), NULL when it does not parse. */
  json(column: string): string
  /** The JSON value at `path` (an object or array stays JSON), NULL when absent. */
  jsonAt(json: string, path: JsonPath): string
  /** The scalar at `path` as text (strings unquoted), NULL when absent or null. */
  jsonText(json: string, path: JsonPath): string
  /** The number at `path`, NULL when absent or not a JSON number. */
  jsonNumber(json: string, path: JsonPath): string
  /** TRUE when the value at `path` (or the value itself) is a JSON integer, FALSE otherwise, never NULL. */
  jsonIsInteger(json: string, path?: JsonPath): string
  /** TRUE when the value at `path` is a JSON string, FALSE otherwise, never NULL. */
  jsonIsString(json: string, path: JsonPath): string
  /** TRUE when the value (or the value at `path`) is a JSON array, FALSE otherwise, never NULL. */
  jsonIsArray(json: string, path?: JsonPath): string
  /** The length of the array at `path`, 0 when it is not an array. */
  jsonArrayLength(json: string, path: JsonPath): string
  /**
   * A FROM item: one row per element of a JSON array (none when it is not an array), named `alias`.
   * Read an element with `element(alias)` (JSON, for objects) or `elementText(alias)` (a string element).
   */
  jsonElements(json: string, alias: string): string
  element(alias: string): string
  elementText(alias: string): string
  /** R22: the yyyymm of an ISO-8601 UTC instant in Shanghai time (UTC+8 all year), NULL when it does not parse. */
  shanghaiMonth(isoText: string): string
  /** 代理审批: the "YYYY-MM-DD" of an ISO-8601 UTC instant in Shanghai time, NULL when it does not parse. */
  shanghaiDay(isoText: string): string
  /** What names a row that has no id column of its own (SQLite's rowid, PostgreSQL's ctid), as text. */
  rowId: string
  /** R23: the `*_fen` columns of every table, from the catalog, as rows of (table, column, type). */
  fenColumnsSql: string
  /**
   * R23: a value of a money column that is not an integer. SQLite keeps whatever it is given in a
   * bigint column (0.5, '12'), so it is checked value by value; PostgreSQL's integer types cannot
   * hold anything else, and a column of any other type holds no value R23 accepts.
   */
  notInteger(column: string, declaredType: string): string
  /** A value as a literal, for examples (quote() / quote_nullable()). */
  literal(expr: string): string
}

const segments = (path: JsonPath) => (path === '' ? [] : path.split('.'))
const sqlitePath = (path: JsonPath) => `'$${segments(path).map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('')}'`
const pgPath = (path: JsonPath) => `'{${segments(path).join(',')}}'`

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  key: 'sqlite',
  json: (column) => `(CASE WHEN json_valid(${column}) THEN ${column} END)`,
  jsonAt: (json, path) => `(${json} -> ${sqlitePath(path)})`,
  jsonText: (json, path) => `(${json} ->> ${sqlitePath(path)})`,
  jsonNumber: (json, path) => `(CASE WHEN json_type(${json}, ${sqlitePath(path)}) IN ('integer', 'real') THEN ${json} ->> ${sqlitePath(path)} END)`,
  jsonIsInteger: (json, path = '') => `coalesce(json_type(${json}, ${sqlitePath(path)}) = 'integer', FALSE)`,
  jsonIsString: (json, path) => `coalesce(json_type(${json}, ${sqlitePath(path)}) = 'text', FALSE)`,
  jsonIsArray: (json, path = '') => `coalesce(json_type(${json}, ${sqlitePath(path)}) = 'array', FALSE)`,
  jsonArrayLength: (json, path) => `coalesce(json_array_length(${json}, ${sqlitePath(path)}), 0)`,
  jsonElements: (json, alias) => `json_each(CASE WHEN json_type(${json}) = 'array' THEN ${json} ELSE '[]' END) AS ${alias}`,
  // json_each gives an element's SQL value: JSON text for an object or array, the bare value otherwise.
  element: (alias) => `(CASE WHEN ${alias}.type IN ('object', 'array') THEN ${alias}.value END)`,
  elementText: (alias) => `(CASE WHEN ${alias}.type = 'text' THEN ${alias}.value END)`,
  shanghaiMonth: (iso) => `strftime('%Y%m', ${iso}, '+8 hours')`,
  shanghaiDay: (iso) => `strftime('%Y-%m-%d', ${iso}, '+8 hours')`,
  rowId: 'CAST(rowid AS TEXT)',
  fenColumnsSql: `SELECT m.name AS "table", p.name AS "column", p.type AS type FROM sqlite_master m JOIN pragma_table_info(m.name) p
    WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND p.name LIKE '%\\_fen' ESCAPE '\\'
    ORDER BY m.name, p.cid`,
  notInteger: (column) => `typeof(${column}) NOT IN ('integer', 'null')`,
  literal: (expr) => `quote(${expr})`,
}

/** R22 and shared/document-number.ts: Shanghai is UTC+8 all year, so a fixed offset, as the services use. */
const SHANGHAI_MONTH = (iso: string) => `to_char(CAST(${iso} AS timestamptz) AT TIME ZONE 'UTC' + interval '8 hours', 'YYYYMM')`
const SHANGHAI_DAY = (iso: string) => `to_char(CAST(${iso} AS timestamptz) AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM-DD')`

/**
 * PostgreSQL has no json_valid before 16 and aborts a statement on a cast that fails. So a rule first
 * runs with plain casts (fast), and only if a value does not parse (SQLSTATE class 22, check-integrity.ts)
 * again with the lenient variant, whose casts are PL/pgSQL functions returning NULL instead: catching the
 * error costs a subtransaction per value (~2 µs), so the slow path is kept for a database that has one.
 */
function postgres(lenient: boolean): Dialect {
  return {
    ...postgresCommon,
    key: lenient ? 'postgres-lenient' : 'postgres',
    json: (column) => (lenient ? `pg_temp.integrity_jsonb(${column})` : `CAST(${column} AS jsonb)`),
    shanghaiMonth: (iso) => (lenient ? `pg_temp.integrity_shanghai_month(${iso})` : SHANGHAI_MONTH(iso)),
    shanghaiDay: (iso) => (lenient ? `pg_temp.integrity_shanghai_day(${iso})` : SHANGHAI_DAY(iso)),
  }
}

const postgresCommon: Omit<Dialect, 'key' | 'json' | 'shanghaiMonth' | 'shanghaiDay'> = {
  name: 'postgres',
  jsonAt: (json, path) => `(${json} #> ${pgPath(path)})`,
  jsonText: (json, path) => `(${json} #>> ${pgPath(path)})`,
  jsonNumber: (json, path) => `(CASE WHEN jsonb_typeof(${json} #> ${pgPath(path)}) = 'number' THEN CAST(${json} #>> ${pgPath(path)} AS numeric) END)`,
  // jsonb keeps a number as written (1.0 stays 1.0), so an integer is a number without a fraction or exponent.
  jsonIsInteger: (json, path = '') =>
    `coalesce(jsonb_typeof(${json} #> ${pgPath(path)}) = 'number' AND (${json} #>> ${pgPath(path)}) ~ '^-?[0-9]+$', FALSE)`,
  jsonIsString: (json, path) => `coalesce(jsonb_typeof(${json} #> ${pgPath(path)}) = 'string', FALSE)`,
  jsonIsArray: (json, path = '') => `coalesce(jsonb_typeof(${json} #> ${pgPath(path)}) = 'array', FALSE)`,
  jsonArrayLength: (json, path) =>
    `(CASE WHEN jsonb_typeof(${json} #> ${pgPath(path)}) = 'array' THEN jsonb_array_length(${json} #> ${pgPath(path)}) ELSE 0 END)`,
  jsonElements: (json, alias) => `jsonb_array_elements(CASE WHEN jsonb_typeof(${json}) = 'array' THEN ${json} ELSE CAST('[]' AS jsonb) END) AS ${alias}(value)`,
  element: (alias) => `${alias}.value`,
  elementText: (alias) => `(CASE WHEN jsonb_typeof(${alias}.value) = 'string' THEN ${alias}.value #>> '{}' END)`,
  rowId: 'CAST(ctid AS TEXT)',
  fenColumnsSql: `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS type
    FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.column_name LIKE '%\\_fen' ESCAPE '\\'
    ORDER BY c.table_name, c.ordinal_position`,
  notInteger: (column, declaredType) => (['bigint', 'integer', 'smallint'].includes(declaredType) ? 'FALSE' : `${column} IS NOT NULL`),
  literal: (expr) => `quote_nullable(${expr})`,
}

export const postgresDialect = postgres(false)
export const lenientPostgresDialect = postgres(true)

/**
 * The lenient variant's conversions: functions of this session, created in pg_temp inside the check's
 * own transaction (and gone with it), so nothing is added to the office's schema.
 */
const POSTGRES_SETUP = [
  `CREATE OR REPLACE FUNCTION pg_temp.integrity_jsonb(t text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
   BEGIN RETURN CAST(t AS jsonb); EXCEPTION WHEN others THEN RETURN NULL; END $$`,
  `CREATE OR REPLACE FUNCTION pg_temp.integrity_shanghai_month(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
   BEGIN RETURN ${SHANGHAI_MONTH('t')}; EXCEPTION WHEN others THEN RETURN NULL; END $$`,
  `CREATE OR REPLACE FUNCTION pg_temp.integrity_shanghai_day(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
   BEGIN RETURN ${SHANGHAI_DAY('t')}; EXCEPTION WHEN others THEN RETURN NULL; END $$`,
]

export function dialectOf(em: EntityManager): Dialect {
  return em.connection.driver.options.type === 'postgres' ? postgresDialect : sqliteDialect
}

/**
 * Makes the dialect's functions available on this connection (PostgreSQL), within its current
 * transaction. JIT is turned off for the rest of that transaction: each rule is one query over whole
 * tables, costed high enough to be compiled, and compiling took 350–500 ms a rule against 20–60 ms of
 * work (two years of an office at scale 1) — most of the check's time. Both settings end with it.
 */
export async function prepareDialect(em: EntityManager, dialect: Dialect): Promise<void> {
  if (dialect.name !== 'postgres') return
  for (const sql of POSTGRES_SETUP) await em.query(sql)
  await em.query('SET LOCAL jit = off')
  // The window rules sort the whole audit trail; in memory rather than on disk (4 MB is the default).
  await em.query(`SET LOCAL work_mem = '64MB'`)
}
