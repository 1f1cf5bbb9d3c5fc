import { cursorOf, QUEUE_CHUNK, type QueueCursor, type QueueFilter, type QueuePage, type QueueTab } from '../../../shared/api'
import { appendChunk, mergeHead, sameRows, withKeys, type QueueListRow } from './queue-rows-merge'

/**
 * The API's largest page. The table is virtual, so a chunk's size costs nothing on screen; bigger chunks
 * mean fewer round trips to the general manager's tens of thousands of 已办 rows.
 */
export const CHUNK = QUEUE_CHUNK
/**
 * A refresh fetches at most this many chunks from the top. A list no longer than that is replaced
 * whole (so closed 待办 tasks vanish wherever they were); a longer one gets its head replaced and keeps
 * the rest (see mergeHead), because re-reading 10,000 rows every 15 s would cost more than it shows.
 */
const REFRESH_CHUNKS = 2

export interface QueueQuestion {
  tab: QueueTab
  filter: QueueFilter
}

/**
 * One chunk of a question: the first (`after` null) or the rows after a loaded row. `refreshing`: a
 * background re-read, which must not count as the user doing something.
 */
export type FetchChunk = (question: QueueQuestion, after: QueueCursor | null, refreshing: boolean) => Promise<QueuePage>

export interface QueueListState {
  /** The question being answered (tab + filters); a change means "start again from the top". */
  key: string
  /** The tab the rows belong to: while another filter loads, the old rows of the same tab stay shown. */
  tab: QueueTab | null
  /** The question `rows` answer; differs from `key` until the first chunk of a new question arrives. */
  answered: string | null
  rows: QueueListRow[]
  total: number
  /** A refresh runs silently: the rows it checks are already on screen. */
  loading: 'first' | 'more' | null
  error: string | null
  /** Nothing more to ask for (until the next refresh says the list grew). */
  complete: boolean
}

export const questionKey = (q: QueueQuestion) => `${q.tab}|${JSON.stringify(q.filter)}`

/** Nothing lies beyond: the chunk came back short, or the rows held reach the core's own count. */
const isEnd = (answer: QueuePage, held: number) => answer.rows.length < CHUNK || held >= answer.total
/** The rows after the last one held. */
const after = (rows: readonly QueueListRow[]): QueueCursor | null => (rows.length ? cursorOf(rows[rows.length - 1]!) : null)

const INITIAL: QueueListState = { key: '', tab: null, answered: null, rows: [], total: 0, loading: null, error: null, complete: false }

/**
 * One queue list, loaded chunk by chunk from the top as the user scrolls. Plain TypeScript (no React),
 * so its ordering rules can be read and tested alone:
 * - One request chain at a time. A refresh asked for while another runs is remembered and runs when
 *   the chain is free; so is a load-more asked for during a refresh (after it: the next chunk is counted
 *   from fresh rows). A load-more during a load-more is dropped: the table asks again once it lands.
 * - Every chain carries the generation it started in; a new question bumps it, so an older answer can
 *   never overwrite a newer question's rows.
 * - A refresh (our own writes at once, everyone else's within 15 s) reads the first REFRESH_CHUNKS
 *   chunks again. A list no longer than that is replaced by them: the rows loaded stay as many, and
 *   closed tasks vanish. A longer one (the user has scrolled far) gets a fresh head laid over the rows
 *   it already has (mergeHead), so neither the rows nor the scroll position are thrown away; counts
 *   and 共 N 条 come from the same answer. A refresh that changed nothing publishes nothing.
 */
export class QueueLoader {
  private state: QueueListState = INITIAL
  private readonly listeners = new Set<() => void>()
  private question: QueueQuestion | null = null
  private generation = 0
  /** The request chain under way, if any: one at a time. */
  private running: 'first' | 'more' | 'refresh' | null = null
  private refreshWanted = false
  private moreWanted = false

  constructor(
    private readonly fetchChunk: FetchChunk,
    private readonly describe: (error: unknown) => string,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): QueueListState => this.state

  /** A new tab or new filters: forget the chain under way and start from the first chunk. */
  ask(question: QueueQuestion): void {
    const key = questionKey(question)
    if (key === this.state.key) return
    this.question = question
    this.generation += 1
    this.running = null
    this.refreshWanted = false
    this.moreWanted = false
    const keepRows = this.state.tab === question.tab
    this.set({ ...INITIAL, key, tab: question.tab, rows: keepRows ? this.state.rows : [], total: keepRows ? this.state.total : 0, loading: 'first' })
    this.loadFirst()
  }

  /**
   * Starts answered, before anyone subscribes: `answer` is the first chunk of `question`, fetched already
   * (queue-prefetch.ts). The `ask` that follows with the same question then has nothing to do.
   */
  seed(question: QueueQuestion, answer: QueuePage): void {
    const key = questionKey(question)
    this.question = question
    const rows = appendChunk([], withKeys(answer.rows)).rows
    this.state = { ...INITIAL, key, tab: question.tab, answered: key, rows, total: answer.total, complete: isEnd(answer, rows.length) }
  }

  /** The next chunk, when the user nears the end of what is loaded. */
  loadMore = (): void => {
    const s = this.state
    // The table asks on every scroll event near the end; one chunk at a time is enough, and the table
    // asks again after it lands if the user is still there.
    if (this.running === 'more') return
    // Asked during a refresh or while an error shows: remembered, and done once the chain is free and
    // the error gone (重试 or the next refresh), so someone waiting at the end is not left there.
    if (this.running || s.error !== null) {
      this.moreWanted = true
      return
    }
    this.moreWanted = false
    if (s.answered !== s.key || s.complete) return
    // The rows after the last one held, whatever arrived above it or closed meanwhile.
    const cursor = after(s.rows)
    this.set({ ...s, loading: 'more' })
    this.run('more', async (question, current) => {
      try {
        const answer = await this.fetchChunk(question, cursor, false)
        if (!current()) return
        const rows = appendChunk(this.state.rows, withKeys(answer.rows)).rows
        this.set({ ...this.state, rows, total: answer.total, loading: null, error: null, complete: isEnd(answer, rows.length) })
      } catch (error) {
        this.moreWanted = true
        throw error
      }
    })
  }

  /** Others' actions (every 15 s) and our own writes: fetch the head again without losing the scroll. */
  refresh = (): void => {
    if (!this.question) return
    if (this.running) {
      this.refreshWanted = true
      return
    }
    if (this.state.answered !== this.state.key) {
      this.set({ ...this.state, loading: 'first', error: null })
      this.loadFirst()
      return
    }
    const held = this.state.rows.length
    const chunks = Math.min(REFRESH_CHUNKS, Math.max(1, Math.ceil(held / CHUNK)))
    this.run('refresh', async (question, current) => {
      let head: QueueListRow[] = []
      let last: QueuePage | null = null
      for (let chunk = 1; chunk <= chunks && !(last && isEnd(last, head.length)); chunk++) {
        const answer = await this.fetchChunk(question, after(head), true)
        if (!current()) return
        head = appendChunk(head, withKeys(answer.rows)).rows
        last = answer
      }
      if (!last) return
      const { total } = last
      // Nothing else can have changed the rows meanwhile: load-more waits while this chain runs.
      const loaded = this.state.rows
      const ended = isEnd(last, head.length)
      const whole = ended || held <= chunks * CHUNK
      const merged = whole ? head : mergeHead(loaded, head)
      const rows = sameRows(merged, loaded) ? loaded : merged
      // Below the head nothing new can appear (rows arrive on top), so a list kept there is as complete as it was.
      const complete = whole ? ended : this.state.complete
      const s = this.state
      if (rows !== s.rows || total !== s.total || s.error !== null || complete !== s.complete)
        this.set({ ...s, rows, total, error: null, complete })
    })
  }

  /**
   * Drops every answer still under way (the page was left). Forgets the question too, so the same
   * loader asked again (React's development double mount) starts over instead of waiting forever.
   */
  dispose(): void {
    this.generation += 1
    this.running = null
    this.refreshWanted = false
    this.moreWanted = false
    this.state = INITIAL
  }

  private loadFirst(): void {
    this.run('first', async (question, current) => {
      const answer = await this.fetchChunk(question, null, false)
      if (!current()) return
      const rows = appendChunk([], withKeys(answer.rows)).rows
      this.set({ ...this.state, answered: this.state.key, rows, total: answer.total, loading: null, error: null, complete: isEnd(answer, rows.length) })
    })
  }

  private run(kind: 'first' | 'more' | 'refresh', work: (question: QueueQuestion, current: () => boolean) => Promise<void>): void {
    const question = this.question
    if (!question) return
    const generation = this.generation
    const current = () => generation === this.generation
    this.running = kind
    work(question, current)
      .catch((error: unknown) => {
        if (!current()) return
        // A first chunk that failed answers nothing: no rows of another filter under the error.
        const failedFirst = this.state.answered !== this.state.key
        this.set({ ...this.state, loading: null, error: this.describe(error), ...(failedFirst ? { rows: [], total: 0 } : {}) })
      })
      .finally(() => {
        if (!current()) return // a newer question owns the chain now
        this.running = null
        if (this.refreshWanted) {
          this.refreshWanted = false
          this.refresh()
        } else if (this.moreWanted && this.state.error === null) {
          this.loadMore()
        }
      })
  }

  private set(next: QueueListState): void {
    this.state = next
    for (const listener of [...this.listeners]) listener()
  }
}
