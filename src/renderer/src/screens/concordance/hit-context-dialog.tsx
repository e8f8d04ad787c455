import { useTranslation } from 'react-i18next'

import type { ConcordanceHit } from '../../../../shared/api/concordance'
import { Dialog } from '../../components/dialog'
import { langOf } from '../../components/kwic-lines'
import { OpenInDocumentButton } from '../../components/open-in-document'
import { useApiQuery } from '../../data/use-api-query'
import { formatCalendarDate } from '../../lib/format'

const neighbours = 3

/** The first segment to fetch so the hit sits in the middle of a window of 2×3+1 sentences. */
export function contextOffset(ordinal: number | null): number {
  return Math.max(0, (ordinal ?? 0) - neighbours)
}

/** A hit's sentence with the sentences around it; the whole document opens from here at that place. */
export function HitContextDialog(props: { hit: ConcordanceHit; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const { hit } = props
  const found = useApiQuery(
    'corpus/segments',
    { documentId: hit.documentId ?? 0, offset: contextOffset(hit.ordinal), limit: neighbours * 2 + 1 },
    { enabled: hit.documentId !== null }
  )
  const segments = found.data ?? (found.error ? [] : null)

  return (
    <Dialog title={hit.documentTitle ?? t('concordance.untitled')} onClose={props.onClose} wide testId="hit-context">
      <p className="context-source">
        <span className="kwic-date">{formatCalendarDate(hit.date, i18n.language) ?? t('corpus.noDate')}</span>
        {hit.kind === 'segment' && hit.documentId !== null && (
          <OpenInDocumentButton documentId={hit.documentId} segmentId={hit.id} start={hit.start} end={hit.end} />
        )}
      </p>
      {segments === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <ol className="segments conc-context" lang={langOf(hit.text)}>
          {segments.map((segment) => (
            <li
              key={segment.id}
              className={segment.id === hit.id ? 'segment is-focus' : 'segment'}
              value={segment.ordinal + 1}
            >
              <span className="segment-ordinal" aria-hidden="true">
                {segment.ordinal + 1}
              </span>
              <span className="segment-text">
                {segment.id === hit.id ? (
                  <>
                    {hit.text.slice(0, hit.start)}
                    <mark className="kwic-match">{hit.text.slice(hit.start, hit.end)}</mark>
                    {hit.text.slice(hit.end)}
                  </>
                ) : (
                  segment.text
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  )
}
