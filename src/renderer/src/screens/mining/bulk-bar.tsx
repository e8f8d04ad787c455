import { useTranslation } from 'react-i18next'

import { formatNumber } from '../../lib/format'
import type { useCandidateActions } from './use-candidate-actions'
import type { CandidateQueue } from './use-candidate-queue'

/** Shown while rows are ticked: accept, reject or merge them all, or clear the ticks. */
export function BulkBar({
  queue,
  actions
}: {
  queue: CandidateQueue
  actions: ReturnType<typeof useCandidateActions>
}) {
  const { t, i18n } = useTranslation()
  const count = queue.selected.size
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <span>{t('mining.selected', { count, n: formatNumber(count, i18n.language) })}</span>
      <button
        type="button"
        className="button button-primary"
        data-testid="bulk-accept"
        onClick={() => actions.reviewTicked('accept')}
      >
        {t('mining.accept')}
      </button>
      <button type="button" className="button" data-testid="bulk-reject" onClick={() => actions.reviewTicked('reject')}>
        {t('mining.reject')}
      </button>
      <button type="button" className="button" onClick={actions.openMerge}>
        {t('mining.mergeAction')}
      </button>
      <button type="button" className="button button-quiet" onClick={() => queue.setSelected(new Set())}>
        {t('mining.clearSelection')}
      </button>
    </div>
  )
}
