import { describe, expect, it } from 'vitest'
import { paginate } from '../../renderer/src/print/continuous/paginate'

describe('paginate (continuous forms: page x of y, tail on the last page)', () => {
  it('keeps a short form on one page', () => {
    expect(paginate([10, 10, 10], 100, 40)).toEqual([[0, 1, 2]])
  })

  it('an empty form is one page with its tail', () => {
    expect(paginate([], 100, 40)).toEqual([[]])
  })

  it('starts a new page when the next line does not fit, never splitting a line', () => {
    expect(paginate([40, 40, 40, 10], 100, 0)).toEqual([[0, 1], [2, 3]])
  })

  it('fills a page exactly to its room', () => {
    expect(paginate([50, 50, 50], 100, 0)).toEqual([[0, 1], [2]])
  })

  it('moves the last line over with the tail when the tail does not fit under it', () => {
    // Page 1 holds 0,1,2 (90); the tail (30) does not fit: line 2 goes over with it.
    expect(paginate([30, 30, 30], 100, 30)).toEqual([[0, 1], [2]])
  })

  it('gives the tail a page of its own when the last page has a single line', () => {
    expect(paginate([80], 100, 30)).toEqual([[0], []])
  })

  it('gives the tail its own page when the moved line and the tail still do not fit', () => {
    expect(paginate([20, 75], 100, 30)).toEqual([[0, 1], []])
  })

  it('keeps a line taller than a page on a page of its own (it is never dropped)', () => {
    expect(paginate([10, 150, 10], 100, 0)).toEqual([[0], [1], [2]])
  })
})
