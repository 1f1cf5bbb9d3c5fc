import type { QueueCounts, QueueFilter, QueueHome, QueuePage } from '../../../shared/api'
import { call } from '../api/client'
import { CHUNK, questionKey, type QueueQuestion } from './queue-loader'

/*
 * The home page's first answers (待办's first chunk and the badge counts), carried by the login answer
 * (holdQueueHome), or else asked for the moment someone signs in (prefetchQueueHome). The login screen waits for them (briefly) before it hands over, so the signed-in layout's
 * first render (a few hundred ms: antd builds the styles of every component on it) already holds the
 * rows; asked from the page's own effects instead, they would be asked for only after that render, and
 * the rows would need a round trip and a second render, layout and paint of the table.
 *
 * Each answer is taken once, by the first list or count that asks the same question soon after;
 * anything later asks the core again.
 */

/** Older than this, a prefetched answer is not the one the user expects: the page asks again. */
const FRESH_MS = 5_000
/** The login screen waits at most this long for the answers; a slow core must not hold up the layout. */
const WAIT_MS = 300
const HOME: QueueQuestion = { tab: 'todo', filter: {} }

/** One answer on its way; `value` once it has arrived. */
interface Pending<T> {
  promise: Promise<T>
  value?: T
}

let prefetched: { at: number; list: Pending<QueuePage> | null; counts: Pending<QueueCounts> | null } | null = null

function pending<T>(promise: Promise<T>): Pending<T> {
  const answer: Pending<T> = { promise }
  // A failure is reported by whoever takes the promise; one nobody takes must not be an unhandled rejection.
  promise.then((value) => (answer.value = value)).catch(() => undefined)
  return answer
}

/**
 * After 登录, before the layout renders: resolves once both answers are in, or after WAIT_MS, whichever
 * comes first (never rejects). `none`: this sign-in opens no queue (a forced password change first).
 */
export function prefetchQueueHome(none = false): Promise<void> {
  prefetched = null
  if (none) return Promise.resolve()
  const list = pending(call('queue.list', { ...HOME, pageSize: CHUNK }))
  const counts = pending(call('queue.counts', { filter: HOME.filter }))
  prefetched = { at: Date.now(), list, counts }
  const settled = Promise.allSettled([list.promise, counts.promise]).then(() => undefined)
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, WAIT_MS))])
}

/** Arrived already: an answer the login carried (auth.login withHome), taken like a prefetched one. */
function arrived<T>(value: T): Pending<T> {
  return { promise: Promise.resolve(value), value }
}

/** The home page's first answers as the login answer carried them: no request after 登录 at all. */
export function holdQueueHome(home: QueueHome): void {
  prefetched = { at: Date.now(), list: arrived(home.list), counts: arrived(home.counts) }
}

function fresh() {
  if (prefetched && Date.now() - prefetched.at > FRESH_MS) prefetched = null
  return prefetched
}

const isHome = (question: QueueQuestion) => questionKey(question) === questionKey(HOME)

/** The first chunk of 待办 without filters if it has already arrived (the loader starts with it); else null. */
export function takeArrivedList(question: QueueQuestion): QueuePage | null {
  const p = fresh()
  if (!p?.list || p.list.value === undefined || !isHome(question)) return null
  const { value } = p.list
  p.list = null
  return value
}

/** The same chunk still on its way, for the loader's first request; null: ask the core. */
export function takePrefetchedList(question: QueueQuestion): Promise<QueuePage> | null {
  const p = fresh()
  if (!p?.list || !isHome(question)) return null
  const { promise } = p.list
  p.list = null
  return promise
}

/** The badge counts without filters if they have already arrived; else null. */
export function takeArrivedCounts(filter: QueueFilter): QueueCounts | null {
  const p = fresh()
  if (!p?.counts || p.counts.value === undefined || JSON.stringify(filter) !== JSON.stringify(HOME.filter)) return null
  const { value } = p.counts
  p.counts = null
  return value
}

/** The badge counts still on their way; null: ask the core. */
export function takePrefetchedCounts(filter: QueueFilter): Promise<QueueCounts> | null {
  const p = fresh()
  if (!p?.counts || JSON.stringify(filter) !== JSON.stringify(HOME.filter)) return null
  const { promise } = p.counts
  p.counts = null
  return promise
}
