import { describe, expect, it } from 'vitest'

import { PageCache } from '../../../src/renderer/src/data/use-paged-list'

describe('PageCache (paged rows behind a virtual list)', () => {
  it('asks only for the pages a visible range needs, once each', () => {
    const cache = new PageCache<number>(200)
    expect(cache.missing(0, 40)).toEqual([0])
    cache.markPending(0)
    expect(cache.missing(0, 40)).toEqual([])
    // A jump to the middle of 50,000 rows requests the two pages on screen, not the 250 before them.
    expect(cache.missing(25_190, 25_230)).toEqual([125, 126])
    expect(cache.missing(10, 5)).toEqual([])
  })

  it('serves rows by absolute index and forgets a failed page so it is asked again', () => {
    const cache = new PageCache<string>(3)
    cache.markPending(1)
    cache.store(1, ['d', 'e', 'f'])
    expect(cache.get(4)).toBe('e')
    expect(cache.get(0)).toBeUndefined()
    cache.markPending(0)
    cache.fail(0)
    expect(cache.missing(0, 5)).toEqual([0])
    expect(cache.loadedPages()).toEqual([1])
    cache.clear()
    expect(cache.get(4)).toBeUndefined()
  })
})
