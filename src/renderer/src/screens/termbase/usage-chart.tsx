import { useTranslation } from 'react-i18next'

import type { UsagePoint } from '../../../../shared/models'
import { formatCalendarDate, formatNumber } from '../../lib/format'
import { barTooltip, usageBars } from './usage-bars'

const width = 560
const height = 140
const pad = { top: 12, bottom: 34, left: 8, right: 8 }

/**
 * Occurrences per date, oldest first: when the term took hold. Documents of the same date share a bar
 * whose tooltip lists them. Plain SVG, no chart library.
 */
export function UsageChart({ points }: { points: UsagePoint[] }) {
  const { t, i18n } = useTranslation()
  if (points.length === 0) return <p className="muted">{t('termbase.usage.none')}</p>
  const bars = usageBars(points)
  const max = Math.max(1, ...bars.map((b) => b.count))
  const slot = (width - pad.left - pad.right) / bars.length
  const bar = Math.max(4, Math.min(48, slot * 0.7))
  const plot = height - pad.top - pad.bottom
  // Labels thin out when bars are narrow, so dates never overlap.
  const labelEvery = Math.max(1, Math.ceil(70 / slot))
  const n = (count: number) => formatNumber(count, i18n.language)
  return (
    <svg
      className="usage-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      data-testid="usage-chart"
      aria-label={t('termbase.usage.title')}
    >
      <line
        x1={pad.left}
        x2={width - pad.right}
        y1={height - pad.bottom}
        y2={height - pad.bottom}
        className="chart-axis"
      />
      {bars.map((entry, index) => {
        const h = (entry.count / max) * plot
        const x = pad.left + index * slot + (slot - bar) / 2
        const date = formatCalendarDate(entry.date, i18n.language) ?? t('corpus.noDate')
        return (
          <g key={entry.date ?? 'no-date'} data-testid="usage-bar" data-documents={entry.documents.length}>
            <rect x={x} y={height - pad.bottom - h} width={bar} height={Math.max(h, 1)} rx={2} className="chart-bar">
              <title>{barTooltip(t, entry, date, n)}</title>
            </rect>
            <text x={x + bar / 2} y={height - pad.bottom - h - 3} className="chart-value" textAnchor="middle">
              {n(entry.count)}
            </text>
            {index % labelEvery === 0 && (
              <text x={x + bar / 2} y={height - pad.bottom + 14} className="chart-label" textAnchor="middle">
                {date}
              </text>
            )}
            {/* A shared bar says so under its date; its tooltip lists the documents. */}
            {index % labelEvery === 0 && entry.documents.length > 1 && (
              <text x={x + bar / 2} y={height - pad.bottom + 27} className="chart-label" textAnchor="middle">
                {t('termbase.usage.documents', { count: entry.documents.length, n: n(entry.documents.length) })}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
