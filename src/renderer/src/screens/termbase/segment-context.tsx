import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { SegmentView } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { langOf } from '../../components/kwic-lines'
import { formatCalendarDate } from '../../lib/format'

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

/** An example's sentence in its document, with the sentences before and after it. */
export function SegmentContext(props: {
  documentId: number
  segmentId: number | null
  title: string | null
  date: string | null
}) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [shown, setShown] = useState<SegmentView[] | null>(null)
  const { documentId, segmentId } = props

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

  return (
    <div className="segment-context" data-testid="segment-context">
      <p className="context-source">
        <span className="kwic-title">{props.title}</span>
        <span className="kwic-date">{formatCalendarDate(props.date, i18n.language) ?? ''}</span>
      </p>
      {shown === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <ol className="segments" lang={langOf(shown.map((segment) => segment.text).join(''))}>
          {shown.map((segment) => (
            <li
              key={segment.id}
              className={segment.id === segmentId ? 'segment is-focus' : 'segment'}
              value={segment.ordinal + 1}
            >
              <span className="segment-ordinal" aria-hidden="true">
                {segment.ordinal + 1}
              </span>
              <span className="segment-text">{segment.text}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
