import { useTranslation } from 'react-i18next'

import { formatNumber } from '../../lib/format'

const limits = [5, 10, 20, 50]

/** The lowest score to show, how many matches at most, and how many there are. */
export function MatchControls(props: {
  min: number
  onMin: (min: number) => void
  limit: number
  onLimit: (limit: number) => void
  /** null before anything was matched. */
  count: number | null
}) {
  const { t, i18n } = useTranslation()
  const n = (value: number) => formatNumber(value, i18n.language)
  return (
    <div className="match-controls">
      <label className="field-inline">
        {t('memory.match.min')}
        <input
          type="range"
          min={30}
          max={100}
          step={5}
          value={props.min}
          data-testid="match-min"
          onChange={(event) => props.onMin(Number(event.target.value))}
        />
        <span className="match-min-value">{n(props.min)}%</span>
      </label>
      <label className="field-inline">
        {t('memory.match.limit')}
        <select
          className="status-select"
          value={props.limit}
          onChange={(event) => props.onLimit(Number(event.target.value))}
        >
          {limits.map((value) => (
            <option key={value} value={value}>
              {n(value)}
            </option>
          ))}
        </select>
      </label>
      {props.count !== null && (
        <span className="muted small" data-testid="match-count">
          {t('memory.match.count', { count: props.count, n: n(props.count) })}
        </span>
      )}
    </div>
  )
}
