import { useTranslation } from 'react-i18next'

import { formatNumber, progressPercent } from '../../lib/format'
import type { CorpusImportState } from './use-corpus-import'

/** The running import: how many files are done (indeterminate until the first report), and Cancel. */
export function ImportProgressPanel(props: { state: CorpusImportState; onCancel: () => void }) {
  const { t, i18n } = useTranslation()
  const { state } = props
  const n = (value: number) => formatNumber(value, i18n.language)
  const percent = state.progress ? progressPercent(state.progress.done, state.progress.total) : null
  return (
    <div className="panel import-panel" data-testid="import-progress">
      <div className="import-row">
        <span className="import-label">
          {state.progress && state.progress.total > 0
            ? t('import.progress', { done: n(state.progress.done), total: n(state.progress.total) })
            : t('import.preparing', { count: state.fileCount })}
        </span>
        {percent !== null && <span className="import-percent">{n(percent)}%</span>}
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <div
        className={percent === null ? 'progress progress-indeterminate' : 'progress'}
        role="progressbar"
        aria-label={t('import.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
      {state.progress?.message && <div className="import-message">{state.progress.message}</div>}
    </div>
  )
}
