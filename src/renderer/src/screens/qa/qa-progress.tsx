import { useTranslation } from 'react-i18next'

import { progressPercent } from '../../lib/format'
import type { QaProgress as Progress } from './use-qa'

/** The bar of a running check, with Cancel; indeterminate until the first progress event. */
export function QaProgress(props: { progress: Progress; onCancel: () => void }) {
  const { t } = useTranslation()
  const percent = progressPercent(props.progress.done, props.progress.total)
  const label =
    props.progress.phase === 'consistency'
      ? t('qa.phaseConsistency', { file: props.progress.file })
      : t('qa.phaseChecking', { file: props.progress.file })
  return (
    <div className="panel qa-progress" data-testid="qa-progress">
      <div className="import-row">
        <span className="import-label">{label}</span>
        {percent !== null && <span className="import-percent">{percent}%</span>}
        <button type="button" className="button button-quiet button-small" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <div
        className={percent === null ? 'progress progress-indeterminate' : 'progress'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  )
}
