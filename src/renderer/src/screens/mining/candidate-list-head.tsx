import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateStatus } from '../../../../shared/models'

/** Said once per list, not per row (see CandidateRowView). */
export interface RowLabels {
  status: Record<CandidateStatus, string>
  select: (term: string) => string
}

export function useRowLabels(): RowLabels {
  const { t } = useTranslation()
  return useMemo<RowLabels>(
    () => ({
      status: {
        new: t('candidates.status.new'),
        accepted: t('candidates.status.accepted'),
        rejected: t('candidates.status.rejected'),
        merged: t('candidates.status.merged'),
        skipped: t('candidates.status.skipped')
      },
      select: (term) => t('candidates.select', { term })
    }),
    [t]
  )
}

/** The column titles over the queue, on the rows' grid. */
export function CandidateListHead() {
  const { t } = useTranslation()
  return (
    <div className="vlist-head candidate-grid" role="row">
      <span role="columnheader" aria-label={t('candidates.selectColumn')} />
      <span role="columnheader">
        {t('candidates.column.term')}
        <span className="candidate-variants"> · {t('candidates.column.variants')}</span>
      </span>
      <span role="columnheader" className="num">
        {t('candidates.column.score')}
      </span>
      <span role="columnheader" className="num">
        {t('candidates.column.freq')}
      </span>
      <span role="columnheader" className="num">
        {t('candidates.column.docs')}
      </span>
      <span role="columnheader">{t('candidates.column.status')}</span>
    </div>
  )
}
