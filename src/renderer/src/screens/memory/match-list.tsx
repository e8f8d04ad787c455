import { useTranslation } from 'react-i18next'

import type { FuzzyMatch } from '../../../../shared/models'
import { formatNumber } from '../../lib/format'
import { MatchBody } from './match-body'

/** Bands for the % badge, the same everywhere a match score shows. */
export function scoreBand(score: number, exact: boolean): 'exact' | 'high' | 'mid' | 'low' {
  if (exact) return 'exact'
  if (score >= 90) return 'high'
  if (score >= 75) return 'mid'
  return 'low'
}

/** The memory's closest units, best first: score, the source's differences from the sentence, the target. */
export function MatchList({ matches }: { matches: FuzzyMatch[] }) {
  const { t, i18n } = useTranslation()
  const n = (value: number) => formatNumber(value, i18n.language)
  return (
    <ol className="match-list">
      {matches.map((match) => (
        <li key={match.unit.id} className="match-result" data-testid="match-result" data-score={match.score}>
          <span
            className={`score-badge score-${scoreBand(match.score, match.exact)}`}
            title={match.exact ? t('memory.match.exact') : undefined}
          >
            {n(match.score)}%
          </span>
          <MatchBody match={match} />
        </li>
      ))}
    </ol>
  )
}
