import { useTranslation } from 'react-i18next'

import type { FuzzyMatch } from '../../../../shared/models'
import { langOf } from '../../components/kwic-lines'
import { formatDateTime } from '../../lib/format'
import { DiffView } from './diff-view'

/** The matched side with its differences, the other side as the proposal, and where the pair came from. */
export function MatchBody({ match }: { match: FuzzyMatch }) {
  const { t, i18n } = useTranslation()
  const { unit } = match
  const [matched, proposal] = match.side === 'source' ? [unit.source, unit.target] : [unit.target, unit.source]
  const params = {
    origin: t(`memory.origin.${unit.origin}`),
    detail: unit.originDetail,
    date: formatDateTime(unit.createdAt, i18n.language)
  }
  return (
    <div className="match-body">
      <DiffView parts={match.diff} lang={langOf(matched)} />
      <div className="match-target" lang={langOf(proposal)} data-testid="match-proposal">
        {proposal}
      </div>
      <div className="muted small" data-testid="match-origin">
        {match.side === 'target' && <span>{t('memory.match.matchedTarget')} · </span>}
        {unit.originDetail ? t('memory.match.from', params) : t('memory.match.fromShort', params)}
      </div>
    </div>
  )
}
