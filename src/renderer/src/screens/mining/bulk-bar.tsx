import { useTranslation } from 'react-i18next'

import { formatNumber } from '../../lib/format'
import type { ReviewVerb } from './use-review-actions'

/** Shown while rows are ticked: accept, reject or merge them all, or clear the ticks. */
export function BulkBar(props: {
  count: number
  onReview: (verb: ReviewVerb) => void
  onMerge: () => void
  onClear: () => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <span>{t('mining.selected', { count: props.count, n: formatNumber(props.count, i18n.language) })}</span>
      <button
        type="button"
        className="button button-primary"
        data-testid="bulk-accept"
        onClick={() => props.onReview('accept')}
      >
        {t('mining.accept')}
      </button>
      <button type="button" className="button" data-testid="bulk-reject" onClick={() => props.onReview('reject')}>
        {t('mining.reject')}
      </button>
      <button type="button" className="button" onClick={props.onMerge}>
        {t('mining.mergeAction')}
      </button>
      <button type="button" className="button button-quiet" onClick={props.onClear}>
        {t('mining.clearSelection')}
      </button>
    </div>
  )
}
