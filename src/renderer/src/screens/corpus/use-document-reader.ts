import { useCallback, useEffect, useRef, useState } from 'react'

import type { DocumentDetail, SegmentView } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'

/** Segments fetched per page; enough to fill a tall screen, small enough to render at once. */
export const segmentPageSize = 200
/** Sentences shown above a focused one when a document opens at a place, so it is read in context. */
const leadIn = 5

/**
 * One document in the reader: its details, then its sentences a page at a time (forward as the reader
 * scrolls, backward on request when it opened at a place further down), and deleting it.
 */
export function useDocumentReader(documentId: number, focusSegmentId: number | null, onBack: () => void) {
  const api = useApi()
  const { reportError } = useFeedback()
  const [detail, setDetail] = useState<DocumentDetail | null>(null)
  const [segments, setSegments] = useState<SegmentView[]>([])
  const [exhausted, setExhausted] = useState(false)
  /** Reading-order position of segments[0]; null until known (a focused document is located first). */
  const [firstOffset, setFirstOffset] = useState<number | null>(null)
  const [loading, setLoading] = useState(false)
  const loadingRef = useRef(false)

  useEffect(() => {
    let live = true
    setDetail(null)
    setSegments([])
    setExhausted(false)
    setFirstOffset(null)
    // A focused document starts a few sentences above the focus; if the sentence is gone, from the top.
    const start =
      focusSegmentId === null
        ? Promise.resolve(0)
        : api.invoke('corpus/locate', { segmentId: focusSegmentId }).then(
            (at) => (at.documentId === documentId ? Math.max(0, at.offset - leadIn) : 0),
            (error: unknown) => {
              reportError(error)
              return 0
            }
          )
    Promise.all([api.invoke('corpus/get', { id: documentId }), start]).then(
      ([doc, offset]) => {
        if (!live) return
        setFirstOffset(offset)
        setDetail(doc)
      },
      (error) => {
        reportError(error)
        if (live) onBack()
      }
    )
    return () => {
      live = false
    }
  }, [api, documentId, focusSegmentId, reportError, onBack])

  /** Runs one page load at a time; the buttons show Loading… meanwhile. */
  const loadOnce = async (work: () => Promise<void>) => {
    loadingRef.current = true
    setLoading(true)
    try {
      await work()
    } finally {
      loadingRef.current = false
      setLoading(false)
    }
  }

  const loadMore = useCallback(async () => {
    if (loadingRef.current || exhausted || firstOffset === null) return
    await loadOnce(async () => {
      try {
        const offset = firstOffset + segments.length
        const page = await api.invoke('corpus/segments', { documentId, offset, limit: segmentPageSize })
        setSegments((current) => [...current, ...page])
        if (page.length < segmentPageSize) setExhausted(true)
      } catch (error) {
        reportError(error)
        setExhausted(true)
      }
    })
  }, [api, documentId, firstOffset, segments.length, exhausted, reportError])

  // Pages above an opened-at place load on request; the sentence read so far stays where it was.
  const loadEarlier = useCallback(async () => {
    if (loadingRef.current || !firstOffset) return
    const from = Math.max(0, firstOffset - segmentPageSize)
    const anchor = document.querySelector<HTMLElement>(`[data-segment-id="${segments[0]?.id}"]`)
    const anchorTop = anchor?.getBoundingClientRect().top ?? 0
    await loadOnce(async () => {
      try {
        const page = await api.invoke('corpus/segments', { documentId, offset: from, limit: firstOffset - from })
        setSegments((current) => [...page, ...current])
        setFirstOffset(from)
        requestAnimationFrame(() => {
          const moved = (anchor?.getBoundingClientRect().top ?? anchorTop) - anchorTop
          if (moved) document.getElementById('content')?.scrollBy(0, moved)
        })
      } catch (error) {
        reportError(error)
      }
    })
  }, [api, documentId, firstOffset, segments, reportError])

  return { detail, segments, exhausted, firstOffset, loading, loadMore, loadEarlier }
}
