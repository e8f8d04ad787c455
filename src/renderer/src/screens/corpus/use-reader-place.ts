import { useEffect, useRef } from 'react'

import type { DocumentDetail, SegmentView } from '../../../../shared/models'

/**
 * Where the reader puts the user: on the title when a document opens (keyboard and screen-reader users land
 * in it), or on the sentence it opened at, scrolled to the middle (once). Escape goes back to the list; the
 * next page loads as its sentinel scrolls into view.
 */
export function useReaderPlace(options: {
  detail: DocumentDetail | null
  segments: SegmentView[]
  focusSegmentId: number | null
  exhausted: boolean
  loadMore: () => Promise<void>
  onBack: () => void
}) {
  const { detail, segments, focusSegmentId, exhausted, loadMore, onBack } = options
  const heading = useRef<HTMLHeadingElement | null>(null)
  const focused = useRef<HTMLLIElement | null>(null)
  const sentinel = useRef<HTMLDivElement | null>(null)
  const scrolledToFocus = useRef(false)

  useEffect(() => {
    if (!detail) {
      scrolledToFocus.current = false
      return
    }
    if (focusSegmentId === null) heading.current?.focus()
    else if (focused.current && !scrolledToFocus.current) {
      scrolledToFocus.current = true
      focused.current.scrollIntoView({ block: 'center' })
      focused.current.focus({ preventScroll: true })
    }
  }, [detail, focusSegmentId, segments])

  useEffect(() => {
    const element = sentinel.current
    if (!element || exhausted || !detail) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void loadMore()
      },
      { rootMargin: '400px' }
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [loadMore, exhausted, detail])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onBack()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onBack])

  return { heading, focused, sentinel }
}
