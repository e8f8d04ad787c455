import { useTranslation } from 'react-i18next'

import type { ConcordanceHit } from '../../../../shared/api/concordance'
import { EmptyState } from '../../components/empty-state'
import { ConcordanceIcon } from '../../components/icons'
import { formatNumber } from '../../lib/format'
import { KwicList } from './kwic-list'
import { PinyinResolved } from './pinyin-resolved'
import { SortPicker } from './sort-picker'
import type { Concordance } from './use-concordance'

/** The hits of the submitted search: what a pinyin query read as, how many, their sort, and the list. */
export function ConcordanceResults(props: {
  concordance: Concordance
  onOpenDocument: (hit: ConcordanceHit) => void
  onAddExample: (hit: ConcordanceHit) => void
}) {
  const { t, i18n } = useTranslation()
  const { state, error, meta, list, options, change } = props.concordance
  const total = error ? 0 : (list.total ?? 0)
  const count = formatNumber(total, i18n.language)
  const summary =
    state === null || error
      ? ''
      : list.total === null
        ? t('common.loading')
        : t(meta && !meta.totalExact ? 'concordance.hitsApprox' : 'concordance.hits', {
            count: total,
            formatted: count
          })

  return (
    <div className="conc-results">
      <PinyinResolved resolution={meta?.pinyin} />
      <div className="screen-toolbar conc-toolbar">
        <p className="screen-summary" data-testid="concordance-total" aria-live="polite">
          {summary}
        </p>
        {meta?.timedOut && <span className="notice small">{t('concordance.timedOut')}</span>}
        <SortPicker sort={options.sort} onChange={(sort) => change({ sort })} />
      </div>
      {state === null || error ? (
        <EmptyState icon={<ConcordanceIcon />} title={t('concordance.emptyTitle')} body={t('concordance.emptyBody')} />
      ) : total === 0 && list.total !== null && !error ? (
        <div className="vlist conc-none">
          <p className="muted" data-testid="concordance-none">
            {t('concordance.none')}
          </p>
        </div>
      ) : (
        <div className="vlist">
          <KwicList
            total={total}
            version={list.version}
            rowAt={list.rowAt}
            ensure={list.ensure}
            onOpenDocument={props.onOpenDocument}
            onAddExample={props.onAddExample}
          />
        </div>
      )}
    </div>
  )
}
