import { useTranslation } from 'react-i18next'

import type { CandidateRow } from '../../../../shared/models'
import type { ReviewVerb } from './use-review-actions'

/** Accept (or, once accepted, Open concept), Reject and Skip for the candidate under the cursor. */
export function ReviewButtons(props: {
  current: CandidateRow
  onReview: (verb: ReviewVerb, candidate: CandidateRow) => void
  onOpenConcept: (conceptId: number) => void
}) {
  const { t } = useTranslation()
  const { current, onReview, onOpenConcept } = props
  const conceptId = current.status === 'accepted' ? current.conceptId : null
  return (
    <div className="detail-actions">
      {conceptId !== null ? (
        // Accepted already: accepting again would do nothing; the way on is its entry.
        <button
          type="button"
          className="button button-primary"
          data-testid="open-concept-button"
          onClick={() => onOpenConcept(conceptId)}
        >
          {t('mining.openConcept')}
        </button>
      ) : (
        <button
          type="button"
          className="button button-primary"
          data-testid="accept-button"
          onClick={() => onReview('accept', current)}
        >
          {t('mining.accept')}
        </button>
      )}
      <button type="button" className="button" data-testid="reject-button" onClick={() => onReview('reject', current)}>
        {t('mining.reject')}
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="skip-button"
        onClick={() => onReview('skip', current)}
      >
        {t('mining.skip')}
      </button>
    </div>
  )
}
