import { describe, expect, it } from 'vitest'
import { SerialQueue } from '../../electron/core/db/serial-queue'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('SerialQueue', () => {
  it('runs tasks one at a time, in arrival order, even when later ones are quicker', async () => {
    const queue = new SerialQueue()
    const log: string[] = []
    let running = 0
    await Promise.all(
      [30, 1, 10, 0].map((ms, i) =>
        queue.run(async () => {
          running++
          expect(running).toBe(1)
          log.push(`start ${i}`)
          await tick(ms)
          log.push(`end ${i}`)
          running--
        }),
      ),
    )
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3'])
  })

  it('goes on after a failed task, and the failure reaches only its own caller', async () => {
    const queue = new SerialQueue()
    const failed = queue.run(async () => {
      throw new Error('boom')
    })
    const next = queue.run(async () => 'still running')
    await expect(failed).rejects.toThrow('boom')
    await expect(next).resolves.toBe('still running')
  })

  it('is re-entrant: a task that enqueues again runs it at once instead of deadlocking', async () => {
    const queue = new SerialQueue()
    const result = await queue.run(async () => {
      expect(queue.isInside).toBe(true)
      return queue.run(async () => 'inner')
    })
    expect(result).toBe('inner')
    expect(queue.isInside).toBe(false)
  })
})
