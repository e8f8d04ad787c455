import { useTranslation } from 'react-i18next'

import type { ConcordanceHit } from '../../../../shared/api/concordance'
import { langOf } from '../../components/kwic-lines'
import { formatCalendarDate, formatNumber } from '../../lib/format'

/** One hit: left | match | right aligned on the match, its source under it. */
export function KwicRow(props: {
  hit: ConcordanceHit
  index: number
  onOpenDocument: (hit: ConcordanceHit) => void
  onAddExample: (hit: ConcordanceHit) => void
}) {
  const { t, i18n } = useTranslation()
  const { hit } = props
  const title = hit.documentTitle ?? (hit.kind === 'unit' ? t('concordance.memoryUnit') : t('concordance.untitled'))
  const date = formatCalendarDate(hit.date, i18n.language) ?? t('corpus.noDate')
  return (
    <>
      <span className="conc-index" aria-hidden="true">
        {formatNumber(props.index + 1, i18n.language)}
      </span>
      <div className="conc-body">
        <div className="kwic-text" lang={langOf(hit.match || hit.text)}>
          <span className="kwic-left">
            <span>{hit.left}</span>
          </span>
          <mark className="kwic-match">{hit.match}</mark>
          <span className="kwic-right">{hit.right}</span>
        </div>
        {hit.otherText && (
          <p className="conc-other" lang={langOf(hit.otherText)} data-testid="kwic-other">
            {hit.otherText}
          </p>
        )}
        <div className="kwic-source">
          {hit.kind === 'unit' && <span className="conc-kind">{t('concordance.memoryTag')}</span>}
          {hit.kind === 'segment' && hit.documentId !== null ? (
            <button
              type="button"
              className="conc-doc-link"
              data-testid="kwic-document"
              title={t('concordance.openDocument')}
              onClick={() => props.onOpenDocument(hit)}
            >
              {title}
            </button>
          ) : (
            <span className="kwic-title">{title}</span>
          )}
          <span className="kwic-date">{date}</span>
          {hit.kind === 'segment' && (
            <button
              type="button"
              className="button button-quiet button-small conc-add"
              data-testid="add-example"
              onClick={() => props.onAddExample(hit)}
            >
              + {t('concordance.addExample')}
            </button>
          )}
        </div>
      </div>
    </>
  )
}
