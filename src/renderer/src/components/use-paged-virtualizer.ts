import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'

/**
 * The virtual window of a paged list: only rows on screen exist in the DOM, and whenever the
 * visible range (or the list's version) changes, the pages covering it are asked for.
 */
export function usePagedVirtualizer(options: {
  total: number
  estimateSize: number
  overscan: number
  ensure: (start: number, end: number) => void
  version: number
}) {
  const scroller = useRef<HTMLDivElement | null>(null)
  const virtualizer = useVirtualizer({
    count: options.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => options.estimateSize,
    overscan: options.overscan
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? -1
  const { ensure, version } = options
  useEffect(() => {
    if (last >= first) ensure(first, last)
  }, [ensure, first, last, version])
  return { scroller, virtualizer, items }
}
