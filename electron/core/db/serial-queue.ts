import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * DESIGN.md pitfall: better-sqlite3 gives TypeORM one shared connection, and two overlapping
 * transactions corrupt each other. Every database call of the process runs through this queue,
 * one task at a time, in arrival order. A task that is already inside the queue and asks again
 * runs at once (re-entrant), so services can compose without deadlocking.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()
  private readonly inside = new AsyncLocalStorage<true>()

  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return task()
    const result = this.tail.then(() => this.inside.run(true, task))
    // The queue continues after a failed task; the failure belongs to its caller alone.
    this.tail = result.catch(() => undefined)
    return result
  }

  get isInside(): boolean {
    return this.inside.getStore() === true
  }
}
