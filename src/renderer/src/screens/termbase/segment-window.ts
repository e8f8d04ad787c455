import { useEffect, useState } from 'react'

import type { SegmentView } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'

const pageSize = 200
/** Enough pages for a book-length document; beyond that the example is shown alone. */
const maxPages = 50
const neighbours = 3

/** Pure: the window of segments around the one with `segmentId`, or null when it is not among them. */
export function segmentWindow(
  segments: readonly SegmentView[],
  segmentId: number,
  around: number
): SegmentView[] | null {
  const at = segments.findIndex((segment) => segment.id === segmentId)
  if (at < 0) return null
  return segments.slice(Math.max(0, at - around), at + around + 1)
}

/**
 * The sentences around an example in its document (null while they load): its pages are read in order until
 * the example and the sentences after it are in; without a segment, the document's first sentences.
 */
export function useSegmentWindow(documentId: number, segmentId: number | null): SegmentView[] | null {
  const api = useApi()
  const { reportError } = useFeedback()
  const [shown, setShown] = useState<SegmentView[] | null>(null)
  useEffect(() => {
    let live = true
    const find = async () => {
      const seen: SegmentView[] = []
      for (let page = 0; page < maxPages; page++) {
        const offset = page * pageSize
        const batch = await api.invoke('corpus/segments', { documentId, offset, limit: pageSize })
        seen.push(...batch)
        const found =
          segmentId === null ? seen.slice(0, neighbours * 2 + 1) : segmentWindow(seen, segmentId, neighbours)
        // The window is complete once the segments after the example are loaded too.
        const complete = batch.length < pageSize || found?.[found.length - 1] !== seen[seen.length - 1]
        if (found && complete) return found
        if (batch.length < pageSize) return found ?? []
      }
      return []
    }
    find().then(
      (found) => live && setShown(found),
      (error) => {
        reportError(error)
        if (live) setShown([])
      }
    )
    return () => {
      live = false
    }
  }, [api, documentId, segmentId, reportError])
  return shown
}
