import { useTranslation } from 'react-i18next'

import type { JobProgress as Progress } from '../../data/use-job'
import { formatNumber, progressPercent } from '../../lib/format'

/** The bar under a running export or import; indeterminate until the first progress event. */
export function JobProgress(props: { label: string; progress: Progress | null; onCancel: () => void }) {
  const { t, i18n } = useTranslation()
  const percent = props.progress ? progressPercent(props.progress.done, props.progress.total) : null
  const n = (value: number) => formatNumber(value, i18n.language)
  return (
    <div className="exchange-progress" data-testid="job-progress">
      <div className="import-row">
        <span className="import-label">{props.label}</span>
        {props.progress && props.progress.total > 0 && (
          <span className="muted">
            {t('exchange.progress', { done: n(props.progress.done), total: n(props.progress.total) })}
          </span>
        )}
        {percent !== null && <span className="import-percent">{n(percent)}%</span>}
        <button type="button" className="button button-quiet button-small" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <div
        className={percent === null ? 'progress progress-indeterminate' : 'progress'}
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  )
}
