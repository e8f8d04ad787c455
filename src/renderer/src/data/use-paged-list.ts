import { useCallback, useEffect, useRef, useState } from 'react'

import type { ApiArg, ApiName, ApiResult } from '../../../shared/api'
import type { ChangedArea } from '../../../shared/vocabulary'
import { useApi } from '../api-context'
import { useFeedback } from '../components/feedback'
import { useRefreshOn } from './use-refresh-on'

export interface Page<Row> {
  total: number
  rows: Row[]
}

/**
 * Rows fetched a page at a time, on demand, for a virtualised list: only the pages the user
 * scrolls to are ever requested, so 50,000 rows cost what one screenful costs.
 */
export class PageCache<Row> {
  private readonly pages = new Map<number, Row[]>()
  private readonly pending = new Set<number>()

  constructor(readonly pageSize: number) {}

  get(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize]
  }

  /** Page numbers covering [start, end] that are neither loaded nor being loaded. */
  missing(start: number, end: number): number[] {
    const out: number[] = []
    if (end < start) return out
    for (let p = Math.floor(Math.max(0, start) / this.pageSize); p <= Math.floor(end / this.pageSize); p++) {
      if (!this.pages.has(p) && !this.pending.has(p)) out.push(p)
    }
    return out
  }

  markPending(page: number): void {
    this.pending.add(page)
  }

  store(page: number, rows: Row[]): void {
    this.pending.delete(page)
    this.pages.set(page, rows)
  }

  fail(page: number): void {
    this.pending.delete(page)
  }

  loadedPages(): number[] {
    return [...this.pages.keys()]
  }

  clear(): void {
    this.pages.clear()
    this.pending.clear()
  }
}

export type FetchPage<Row> = (offset: number, limit: number) => Promise<Page<Row>>

/**
 * Keeps a PageCache in React state. `queryKey` identifies the filters: a new key starts over;
 * `refresh()` re-reads the loaded pages in place (after an edit) without jumping the scroll.
 */
export function usePagedList<Row>(
  fetchPage: FetchPage<Row>,
  queryKey: string,
  pageSize: number,
  onError: (error: unknown) => void
) {
  const cache = useRef(new PageCache<Row>(pageSize))
  const generation = useRef(0)
  const [total, setTotal] = useState<number | null>(null)
  const [version, setVersion] = useState(0)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage

  const loadPage = useCallback(
    (page: number, gen: number) => {
      cache.current.markPending(page)
      fetchRef.current(page * pageSize, pageSize).then(
        (result) => {
          if (gen !== generation.current) return cache.current.fail(page)
          cache.current.store(page, result.rows)
          setTotal(result.total)
          setVersion((v) => v + 1)
        },
        (error: unknown) => {
          cache.current.fail(page)
          if (gen === generation.current) onError(error)
        }
      )
    },
    [pageSize, onError]
  )

  useEffect(() => {
    generation.current++
    cache.current.clear()
    setTotal(null)
    setVersion((v) => v + 1)
    loadPage(0, generation.current)
  }, [queryKey, loadPage])

  const ensure = useCallback(
    (start: number, end: number) => {
      for (const page of cache.current.missing(start, end)) loadPage(page, generation.current)
    },
    [loadPage]
  )

  const refresh = useCallback(() => {
    // Old rows stay on screen until their fresh copy arrives, so an edit never flashes the list.
    const pages = cache.current.loadedPages()
    generation.current++
    for (const page of pages.length > 0 ? pages : [0]) loadPage(page, generation.current)
  }, [loadPage])

  const rowAt = useCallback((index: number) => cache.current.get(index), [])
  return { total, version, rowAt, ensure, refresh }
}

/** The contract's paged reads: an offset and a limit in, the total and one page of rows out. */
export type PagedName = {
  [K in ApiName]: ApiArg<K> extends { offset?: number; limit?: number }
    ? ApiResult<K> extends Page<unknown>
      ? K
      : never
    : never
}[ApiName]
type RowOf<K extends PagedName> = ApiResult<K> extends Page<infer Row> ? Row : never

/**
 * A paged read of the contract behind a virtual list: `arg` without offset and limit (compared by value: a new
 * one starts over from the top), refreshed in place when the named areas change. Errors go to the banner.
 */
export function useApiPages<K extends PagedName>(
  name: K,
  arg: Omit<ApiArg<K>, 'offset' | 'limit'>,
  options: { pageSize: number; refreshOn?: readonly ChangedArea[] }
) {
  const api = useApi()
  const { reportError } = useFeedback()
  const key = JSON.stringify(arg)
  const fetchPage = useCallback(
    (offset: number, limit: number) => {
      const page = { ...(JSON.parse(key) as object), offset, limit } as unknown as ApiArg<K>
      return api.invoke(name, page) as Promise<Page<RowOf<K>>>
    },
    [api, name, key]
  )
  const list = usePagedList(fetchPage, key, options.pageSize, reportError)
  useRefreshOn(options.refreshOn, list.refresh)
  return list
}
