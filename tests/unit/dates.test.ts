import { describe, expect, it } from 'vitest'
import { formatShanghai, shanghaiDayEnd, shanghaiDayStart } from '../../shared/dates'

describe('Asia/Shanghai calendar days', () => {
  it.each([
    ['2026-11-01', '2026-10-31T16:00:00.000Z', '2026-11-01T16:00:00.000Z'],
    ['2026-12-31', '2026-12-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2028-02-29', '2028-02-28T16:00:00.000Z', '2028-02-29T16:00:00.000Z'],
  ])('%s runs from %s to %s (UTC)', (day, start, end) => {
    expect(shanghaiDayStart(day)).toBe(start)
    expect(shanghaiDayEnd(day)).toBe(end)
  })

  it.each(['2026-02-30', '2026-13-01', '26-11-01', ''])('refuses %j', (day) => {
    expect(() => shanghaiDayStart(day)).toThrow(RangeError)
  })

  it('formats UTC instants as Shanghai wall time', () => {
    expect(formatShanghai('2026-11-30T16:05:00.000Z')).toBe('2026-12-01 00:05')
    expect(formatShanghai('2026-11-30T16:05:00.000Z', false)).toBe('2026-12-01')
  })
})
