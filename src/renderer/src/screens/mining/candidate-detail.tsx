import { useTranslation } from 'react-i18next'

import type { CandidateRow, ContextLine } from '../../../../shared/models'
import { KwicLines } from '../../components/kwic-lines'
import { formatNumber } from '../../lib/format'
import { formatScore } from './candidate-list'
import type { ReviewVerb } from './use-review-actions'

interface DetailProps {
  /** The candidate under the cursor; its buttons act on it alone, whatever rows are ticked. */
  current: CandidateRow
  contexts: ContextLine[] | null
  onReview: (verb: ReviewVerb, candidate: CandidateRow) => void
  onOpenConcept: (conceptId: number) => void
}

/** The pane beside the list: one candidate's figures, variants and contexts, and its review buttons. */
export function CandidateDetail({ current, contexts, onReview, onOpenConcept }: DetailProps) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const conceptId = current.status === 'accepted' ? current.conceptId : null
  return (
    <>
      <header className="detail-header">
        <h2 className="detail-title">{current.term}</h2>
        <div className="detail-actions">
          {conceptId !== null ? (
            // Accepted already: accepting again would do nothing; the way on is its entry.
            <button
              type="button"
              className="button button-primary"
              data-testid="open-concept-button"
              onClick={() => onOpenConcept(conceptId)}
            >
              {t('candidates.openConcept')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              data-testid="accept-button"
              onClick={() => onReview('accept', current)}
            >
              {t('candidates.accept')}
            </button>
          )}
          <button
            type="button"
            className="button"
            data-testid="reject-button"
            onClick={() => onReview('reject', current)}
          >
            {t('candidates.reject')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            data-testid="skip-button"
            onClick={() => onReview('skip', current)}
          >
            {t('candidates.skip')}
          </button>
        </div>
      </header>
      <p className="detail-stats" data-testid="candidate-stats">
        {t('candidates.stats', {
          freq: formatNumber(current.freq, locale),
          docs: formatNumber(current.docs, locale),
          score: formatScore(current.score, locale)
        })}
      </p>
      {current.variants.length > 0 && (
        <p className="detail-variants" data-testid="candidate-variants">
          {t('candidates.column.variants')}: {current.variants.join(' · ')}
        </p>
      )}
      <h3 className="section-title">{t('candidates.contexts')}</h3>
      {contexts === null ? (
        <div className="loading">{t('common.loading')}</div>
      ) : (
        <KwicLines lines={contexts} testId="candidate-contexts" />
      )}
    </>
  )
}
