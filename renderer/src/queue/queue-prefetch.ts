import type { QueueCounts, QueueFilter, QueueHome, QueuePage, SignIn } from '../../../shared/api'
import { call } from '../api/client'
import { CHUNK, questionKey, type QueueQuestion } from './queue-loader'

/*
 * The home page's first answers (待办's first chunk and the badge counts) come with the login answer
 * (auth.login withHome: read while the password is checked). The signed-in screen is rendered, hidden,
 * while that answer is on its way (app-root.tsx), and its list and badges take these promises instead
 * of asking the core, which could not answer them before the session exists; when the answer arrives,
 * the rows and the reveal are one render (issue 10: 登录 → queue painted).
 *
 * Each answer is taken once, by the first list or count that asks the same question soon after;
 * anything later asks the core again.
 */

/** Older than this, a prefetched answer is not the one the user expects: the page asks again. */
const FRESH_MS = 5_000
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
 * At 登录, with the login answer on its way. An answer without the home (a read beside the password
 * check that failed) has the core asked once the session exists; an account that must change its
 * password first asks for nothing (the queue is never shown before that).
 */
export function awaitQueueHome(answer: Promise<SignIn>): void {
  const fromAnswer = <T>(pick: (home: QueueHome) => T, ask: () => Promise<T>) =>
    pending(
      answer.then((signIn) => {
        if (signIn.home) return pick(signIn.home)
        if (signIn.mustChangePassword) throw new Error('password change first')
        return ask()
      }),
    )
  prefetched = {
    at: Date.now(),
    list: fromAnswer((home) => home.list, () => call('queue.list', { ...HOME, pageSize: CHUNK })),
    counts: fromAnswer((home) => home.counts, () => call('queue.counts', { filter: HOME.filter })),
  }
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
