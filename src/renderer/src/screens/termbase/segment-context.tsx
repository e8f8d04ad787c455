import { useTranslation } from 'react-i18next'

import { langOf } from '../../components/kwic-lines'
import { formatCalendarDate } from '../../lib/format'
import { useSegmentWindow } from './segment-window'

/** An example's sentence in its document, with the sentences before and after it. */
export function SegmentContext(props: {
  documentId: number
  segmentId: number | null
  title: string | null
  date: string | null
}) {
  const { t, i18n } = useTranslation()
  const { segmentId } = props
  const shown = useSegmentWindow(props.documentId, segmentId)

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
