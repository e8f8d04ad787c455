import { useTranslation } from 'react-i18next'

import type { SortLevel } from '../../../../shared/api/concordance'
import { MAX_SORT_LEVELS, setSortLevel, SORT_LEVELS } from './search-state'

/** Up to three sort keys, each a position left or right of the match (1L = the word just before). */
export function SortPicker(props: { sort: SortLevel[]; onChange: (sort: SortLevel[]) => void }) {
  const { t } = useTranslation()
  const levels = Array.from({ length: MAX_SORT_LEVELS }, (_, i) => i)
  const names: Record<SortLevel, string> = {
    '1L': t('concordance.sortLevels.1L'),
    '2L': t('concordance.sortLevels.2L'),
    '3L': t('concordance.sortLevels.3L'),
    '1R': t('concordance.sortLevels.1R'),
    '2R': t('concordance.sortLevels.2R'),
    '3R': t('concordance.sortLevels.3R')
  }
  return (
    <div className="conc-sort" role="group" aria-label={t('concordance.sort')}>
      <span className="field-inline">{t('concordance.sort')}</span>
      {levels.map((index) => (
        // A level is offered once the one before it is set, as in AntConc's Kwic Sort.
        <select
          key={index}
          value={props.sort[index] ?? ''}
          disabled={index > props.sort.length}
          aria-label={t('concordance.sortLevel', { level: index + 1 })}
          data-testid={index === 0 ? 'kwic-sort' : `kwic-sort-${index + 1}`}
          onChange={(event) => props.onChange(setSortLevel(props.sort, index, event.target.value as SortLevel | ''))}
        >
          <option value="">{index === 0 ? t('concordance.corpusOrder') : '—'}</option>
          {SORT_LEVELS.map((level) => (
            <option key={level} value={level}>
              {names[level]}
            </option>
          ))}
        </select>
      ))}
    </div>
  )
}
