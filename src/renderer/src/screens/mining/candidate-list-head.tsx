import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateStatus } from '../../../../shared/models'
import type { CandidateKind } from '../../../../shared/vocabulary'

/** Said once per list, not per row (see CandidateRowView). */
export interface RowLabels {
  status: Record<CandidateStatus, string>
  kind: Record<CandidateKind, string>
  select: (term: string) => string
  /** Title of a Chinese equivalent: how many memory pairs support it. */
  support: (count: number) => string
}

export function useRowLabels(): RowLabels {
  const { t } = useTranslation()
  return useMemo<RowLabels>(
    () => ({
      status: {
        new: t('mining.status.new'),
        accepted: t('mining.status.accepted'),
        rejected: t('mining.status.rejected'),
        merged: t('mining.status.merged'),
        skipped: t('mining.status.skipped')
      },
      kind: {
        term: t('mining.kind.term'),
        name: t('mining.kind.name'),
        person: t('mining.kind.person'),
        place: t('mining.kind.place'),
        acronym: t('mining.kind.acronym')
      },
      select: (term) => t('mining.select', { term }),
      support: (count) => t('mining.support', { count })
    }),
    [t]
  )
}

/** The column titles over the queue, on the rows' grid. */
export function CandidateListHead({ chinese = false }: { chinese?: boolean }) {
  const { t } = useTranslation()
  return (
    <div className={chinese ? 'vlist-head candidate-grid with-chinese' : 'vlist-head candidate-grid'} role="row">
      <span role="columnheader" aria-label={t('mining.selectColumn')} />
      <span role="columnheader">
        {t('mining.column.term')}
        <span className="candidate-variants"> · {t('mining.column.variants')}</span>
      </span>
      <span role="columnheader" className="num">
        {t('mining.column.score')}
      </span>
      <span role="columnheader" className="num">
        {t('mining.column.freq')}
      </span>
      <span role="columnheader" className="num">
        {t('mining.column.docs')}
      </span>
      <span role="columnheader">{t('mining.column.kind')}</span>
      {chinese && <span role="columnheader">{t('mining.column.chinese')}</span>}
      <span role="columnheader">{t('mining.column.status')}</span>
    </div>
  )
}
