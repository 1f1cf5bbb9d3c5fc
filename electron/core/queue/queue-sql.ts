import type { EntityManager } from 'typeorm'
import type { QueueCursor, QueueFilter, QueueTab } from '../../../shared/api'
import { shanghaiDayEnd, shanghaiDayStart } from '../../../shared/dates'
import type { RoleKey } from '../../../shared/roles'
import type { SignedInUser } from '../auth/signed-in-user'
import { driverQuery } from '../db/driver-query'
import { documentsNumbered, infixSearch, nameFilter, namesHolding, numberFilter, type InfixSearch, type SearchEngine } from '../search/infix-search'

/**
 * The SQL behind the queue, written out rather than built by the ORM: at ten years of history the
 * plan is the whole game, and the benchmark runs these exact statements raw as the floor. Parameters
 * are TypeORM-style (`:name`, `:...list`) and turned into the driver's own placeholders on the way out.
 */
export interface QueueSql {
  sql: string
  params: Record<string, unknown>
}

/** Up to this many matches, a searched 已办 or 我发起的 page is fetched by seeking the matches and sorting them. */
export const SEEK_SEARCH_LIMIT = 2000

interface TabShape {
  table: 'tasks' | 'documents'
  alias: 't' | 'd'
  time: string
  /**
   * Which rows are mine on this tab, as conditions on `alias` that never overlap, each answered by one seek
   * on an index in (time, id) order. 已办 and 我发起的 have one; 待办 two (todoHalves).
   */
  owners: (alias: string) => string[]
}

/**
 * 待办: tasks named for me (or for a signer I cover today), and open tasks of my roles that name no one.
 * Each half is a seek on its own partial index (migration OpenTaskQueues), never an OR (which walks every
 * open task) nor an IN over their union (which reads and sorts every row of both, 126 ms a page for
 * finance's 6,633 open tasks at ten years). The two never overlap: a task names someone or no one.
 * 代理审批: :...desk is me and the signers I cover today; their own revise tasks stay theirs (only a drafter resubmits).
 */
const todoHalves = (a: string) => [
  `${a}.closed_at IS NULL AND ${a}.assignee_user_id IN (:...desk) AND (${a}.assignee_user_id = :me OR ${a}.step_key <> 'revise')`,
  // idx_tasks_open_unassigned carries type, number and customer name: counts and searches read index entries only.
  // `opened_at <= :now`: a role task scheduled ahead (R13's raise of an overdue rectification) shows from its
  // opening instant — a bound on the same index's second column, so the clock passing it needs no write.
  `${a}.closed_at IS NULL AND ${a}.assignee_user_id IS NULL AND ${a}.role IN (:...roles) AND ${a}.opened_at <= :now`,
]

const TABS: Record<QueueTab, TabShape> = {
  todo: { table: 'tasks', alias: 't', time: 'opened_at', owners: todoHalves },
  done: { table: 'tasks', alias: 't', time: 'closed_at', owners: (a) => [`${a}.closed_by_user_id = :me`] },
  started: { table: 'documents', alias: 'd', time: 'created_at', owners: (a) => [`${a}.drafter_user_id = :me`] },
}
/** The one owner condition of 已办 and 我发起的. */
const ownerOf = (shape: TabShape, a: string) => shape.owners(a)[0]!

/**
 * A search is a number fragment or a customer-name fragment, found anywhere inside either (infix-search.ts:
 * the trigram indexes, and what one or two characters mean). Number matches are sought through the number
 * index, name matches through the names that hold the fragment and the (owner, lower(customer_name))
 * indexes; on rows already found (待办, or a broad page walking the time index) both are plain filters.
 */
interface Searched {
  engine: SearchEngine
  search: InfixSearch
}
/** Which document a row is: tasks point at theirs, documents are theirs. */
const documentIdOf = (shape: TabShape, a: string) => (shape.table === 'tasks' ? `${a}.document_id` : `${a}.id`)

/**
 * One half of a search as a seek: the matches it starts from (`from`, joined before the tab's table) and
 * the condition on the tab's rows. CROSS JOIN keeps SQLite's order — matches first, then a seek per
 * match — which it would otherwise trade for a walk of all my rows, testing each against the matches;
 * PostgreSQL reads it as any join and plans it from statistics.
 */
interface Seek {
  from: string
  where: string
}
const byNumber = (s: Searched, shape: TabShape, a: string): Seek =>
  !s.search.numeric
    ? { from: '', where: 'FALSE' }
    : s.search.long && !s.search.numberStart
    ? { from: `${documentsNumbered(s.engine)} CROSS JOIN `, where: `${documentIdOf(shape, a)} = numbered.id AND ${numberFilter(s.engine, s.search, a)}` }
    : { from: '', where: numberFilter(s.engine, s.search, a) }
/**
 * Name matches that are not also number matches, so the two halves of a search never count a row twice.
 * The names are stored folded; lower() on them changes nothing but drops SQLite's column affinity,
 * without which it will not seek the expression index on lower(customer_name) with them.
 */
const byNameOnly = (s: Searched, a: string): Seek => ({
  from: `${namesHolding(s.engine, s.search)} CROSS JOIN `,
  where: `lower(${a}.customer_name) = lower(named.name) AND NOT ${numberFilter(s.engine, s.search, a)}`,
})
/** Either half, as filters on rows found another way. */
const byEither = (s: Searched, a: string) => `(${numberFilter(s.engine, s.search, a)} OR ${nameFilter(s.engine, a)})`

/** Type and calendar-day filters: checked on the rows the owner (and search) condition found. */
function narrowing(shape: TabShape, filter: QueueFilter | undefined): { where: string[]; params: Record<string, unknown> } {
  const a = shape.alias
  const where: string[] = []
  const params: Record<string, unknown> = {}
  if (filter?.docType) {
    where.push(`${a}.doc_type = :docType`)
    params.docType = filter.docType
  }
  if (filter?.from) {
    where.push(`${a}.${shape.time} >= :from`)
    params.from = shanghaiDayStart(filter.from)
  }
  if (filter?.to) {
    where.push(`${a}.${shape.time} < :to`)
    params.to = shanghaiDayEnd(filter.to)
  }
  return { where, params }
}

function searchOf(engine: SearchEngine, filter: QueueFilter | undefined): Searched | null {
  const text = filter?.search?.trim()
  return text ? { engine, search: infixSearch(text) } : null
}
/**
 * Whose 待办 this is: the signed-in user, and during a deputy period the principals they cover
 * (deputies/standing-in.ts) — their named tasks and the role tasks of their roles — at `asOf` (ISO), the
 * instant the desk is read at: role tasks opened after it do not show yet, rows due before it are overdue.
 */
export type QueueUser = SignedInUser & { covering?: ReadonlyArray<{ id: number; roles: readonly RoleKey[] }>; asOf?: string }

const baseParams = (user: QueueUser) => {
  const covering = user.covering ?? []
  const roles = [...new Set([...user.roles, ...covering.flatMap((p) => p.roles)])]
  // `asOf`: the core's clock (deskOf); the machine's only where no request gives one (the bench, plan tests).
  return { me: user.id, desk: [user.id, ...covering.map((p) => p.id)], roles: roles.length ? roles : ['-'], now: user.asOf ?? new Date().toISOString() }
}

/**
 * The query behind one tab's count: exact for the list's total, or stopping at `cap` for a badge
 * (then it reads at most `cap` index entries, whatever the history).
 */
export function queueCountSql(engine: SearchEngine, user: QueueUser, tab: QueueTab, filter: QueueFilter | undefined, cap?: number): QueueSql {
  const shape = TABS[tab]
  const { table, alias: a } = shape
  const rest = narrowing(shape, filter)
  const search = searchOf(engine, filter)
  const params = { ...baseParams(user), ...rest.params, ...search?.search.params, ...(cap ? { cap } : {}) }
  const and = (conditions: string[]) => conditions.join(' AND ')
  const rows = (where: string[], from = '') => `FROM ${from}${table} ${a} WHERE ${and(where)}`
  // Parts that never overlap (each half of 待办, or a search's two halves), each a seek on its own index.
  // Exact: their counts added. Capped: one LIMIT over all parts, so a badge reads at most `cap` index entries
  // whatever the history (a sum capped by CASE would name the sum twice, and both backends would count twice).
  // PostgreSQL requires an alias on a subquery in FROM; SQLite accepts one.
  const sumOf = (parts: string[]) =>
    cap
      ? `SELECT COUNT(*) AS n FROM (${parts.map((part) => `SELECT 1 ${part}`).join(' UNION ALL ')} LIMIT :cap) AS capped`
      : `SELECT ${parts.map((part) => `(SELECT COUNT(*) ${part})`).join(' + ')} AS n`
  if (!search || tab === 'todo') {
    return { sql: sumOf(shape.owners(a).map((owner) => rows([owner, ...(search ? [byEither(search, a)] : []), ...rest.where]))), params }
  }
  // Number matches from the number index (or, short, a range on (owner, doc_no)) and name matches sought
  // by name on (owner, lower(customer_name), doc_no), added: never a walk of everything I ever signed.
  const number = byNumber(search, shape, a)
  const name = byNameOnly(search, a)
  return { sql: sumOf([rows([ownerOf(shape, a), number.where, ...rest.where], number.from), rows([ownerOf(shape, a), name.where, ...rest.where], name.from)]), params }
}

/**
 * One page of a tab, newest first. `matches` is the tab's count for the same filter: a narrow search
 * seeks its matches and sorts them; a broad one walks the time index, where matches are dense enough
 * that a page fills after a few rows.
 */
export function queuePageSql(
  engine: SearchEngine,
  user: QueueUser,
  tab: QueueTab,
  filter: QueueFilter | undefined,
  page: { offset: number; limit: number; matches: number; after?: QueueCursor },
): QueueSql {
  const shape = TABS[tab]
  const { table, alias: a } = shape
  const rest = narrowing(shape, filter)
  const search = searchOf(engine, filter)
  const params = {
    ...baseParams(user), ...rest.params, ...search?.search.params,
    ...(page.after ? { afterAt: page.after.at, afterId: page.after.id } : {}), limit: page.limit, offset: page.offset,
  }
  // After a row: a range on the same (time, id) order the page is sorted by, so the time index seeks to it.
  const after = page.after ? [`(${a}.${shape.time}, ${a}.id) < (:afterAt, :afterId)`] : []
  const newestFirst = `ORDER BY ${a}.${shape.time} DESC, ${a}.id DESC`
  if (tab === 'todo') {
    // Each half walks its index newest first and stops after offset + limit rows (a search, type or day
    // filter is checked on the index entries on the way); the page is taken from the merge of the two, so
    // only a page's worth of rows is ever read from the table, however many tasks are open.
    const filters = [...(search ? [byEither(search, a)] : []), ...after, ...rest.where]
    const seek = (owner: string, i: number) =>
      `SELECT id FROM (SELECT ${a}.id FROM ${table} ${a} WHERE ${[owner, ...filters].join(' AND ')} ${newestFirst} LIMIT :reach) AS half${i}`
    return {
      sql: `SELECT ${a}.* FROM ${table} ${a} WHERE ${a}.id IN (${shape.owners(a).map(seek).join(' UNION ALL ')}) ${newestFirst} LIMIT :limit OFFSET :offset`,
      params: { ...params, reach: page.offset + page.limit },
    }
  }
  let mine: string[]
  if (search && page.matches <= SEEK_SEARCH_LIMIT) {
    const owner = ownerOf(shape, table)
    const number = byNumber(search, shape, table)
    const name = byNameOnly(search, table)
    mine = [`${a}.id IN (SELECT ${table}.id FROM ${number.from}${table} WHERE ${owner} AND ${number.where}
      UNION ALL SELECT ${table}.id FROM ${name.from}${table} WHERE ${owner} AND ${name.where})`]
  } else {
    mine = [ownerOf(shape, a), ...(search ? [byEither(search, a)] : [])]
  }
  const where = [...mine, ...after, ...rest.where].join(' AND ')
  return {
    sql: `SELECT ${a}.* FROM ${table} ${a} WHERE ${where} ${newestFirst} LIMIT :limit OFFSET :offset`,
    params,
  }
}

/** [sql, positional parameters] in the connected driver's placeholder style. */
export function toDriverQuery(em: EntityManager, query: QueueSql): [string, unknown[]] {
  return driverQuery(em, query.sql, query.params)
}
