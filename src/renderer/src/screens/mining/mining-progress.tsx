import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

import { formatNumber, progressPercent } from '../../lib/format'
import type { MiningState } from './use-mining'

/** The miner's progress messages name its stage ('mining', 'ranking'): said in the UI language. */
export function miningStageLabel(t: TFunction, stage: string): string {
  switch (stage) {
    case 'mining':
      return t('mining.stage.mining')
    case 'ranking':
      return t('mining.stage.ranking')
    default:
      return stage
  }
}

/** The running miner: its stage, how far it got, and Cancel. */
export function MiningProgress({ state, onCancel }: { state: MiningState; onCancel: () => void }) {
  const { t, i18n } = useTranslation()
  const percent = progressPercent(state.done, state.total)
  return (
    <div className="panel import-panel" data-testid="mining-progress">
      <div className="import-row">
        <span className="import-label">{t('mining.mining')}</span>
        <span className="import-message" data-testid="mining-stage">
          {miningStageLabel(t, state.message)}
        </span>
        {percent !== null && <span className="import-percent">{formatNumber(percent, i18n.language)} %</span>}
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <div
        className={percent === null ? 'progress progress-indeterminate' : 'progress'}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  )
}
