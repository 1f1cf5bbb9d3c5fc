// The generated calendar: every step of every document is an event at an instant, and the office is
// replayed in time order, so ids, document numbers, counters and audit ids come out in the order the
// services would have produced them. A binary heap keyed by (instant, arrival) keeps ties stable.

interface Scheduled {
  at: number
  order: number
  run: (at: number) => void
}

export class EventQueue {
  private readonly heap: Scheduled[] = []
  private arrivals = 0

  get size(): number {
    return this.heap.length
  }

  /** The instant of the next event, or Infinity when none is left. */
  get nextAt(): number {
    return this.heap[0]?.at ?? Infinity
  }

  schedule(at: number, run: (at: number) => void): void {
    if (!Number.isFinite(at)) throw new Error(`cannot schedule at ${at}`)
    this.heap.push({ at, order: this.arrivals++, run })
    this.up(this.heap.length - 1)
  }

  /** Runs every event before `end` (new events they schedule included); returns how many ran. */
  runUntil(end: number): number {
    let ran = 0
    while (this.heap.length > 0 && this.heap[0]!.at < end) {
      const next = this.pop()
      next.run(next.at)
      ran++
    }
    return ran
  }

  private pop(): Scheduled {
    const top = this.heap[0]!
    const last = this.heap.pop()!
    if (this.heap.length > 0) {
      this.heap[0] = last
      this.down(0)
    }
    return top
  }

  private before(a: Scheduled, b: Scheduled): boolean {
    return a.at < b.at || (a.at === b.at && a.order < b.order)
  }

  private up(index: number): void {
    const heap = this.heap
    let i = index
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(heap[i]!, heap[parent]!)) break
      ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
      i = parent
    }
  }

  private down(index: number): void {
    const heap = this.heap
    let i = index
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let smallest = i
      if (left < heap.length && this.before(heap[left]!, heap[smallest]!)) smallest = left
      if (right < heap.length && this.before(heap[right]!, heap[smallest]!)) smallest = right
      if (smallest === i) return
      ;[heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!]
      i = smallest
    }
  }
}
