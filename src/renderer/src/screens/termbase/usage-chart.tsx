import { useTranslation } from 'react-i18next'
import type { UsagePoint } from '../../../../shared/models'
import { formatCalendarDate, formatNumber } from '../../lib/format'

const width = 560
const height = 140
const pad = { top: 12, bottom: 34, left: 8, right: 8 }

/** Occurrences per document, oldest first: when the term took hold. Plain SVG, no chart library. */
export function UsageChart({ points }: { points: UsagePoint[] }) {
  const { t, i18n } = useTranslation()
  if (points.length === 0) return <p className="muted">{t('termbase.usage.none')}</p>
  const max = Math.max(1, ...points.map((p) => p.count))
  const slot = (width - pad.left - pad.right) / points.length
  const bar = Math.max(4, Math.min(48, slot * 0.7))
  const plot = height - pad.top - pad.bottom
  // Labels thin out when bars are narrow, so dates never overlap.
  const labelEvery = Math.max(1, Math.ceil(70 / slot))
  return (
    <svg className="usage-chart" viewBox={`0 0 ${width} ${height}`} role="img" data-testid="usage-chart"
      aria-label={t('termbase.usage.title')}>
      <line x1={pad.left} x2={width - pad.right} y1={height - pad.bottom} y2={height - pad.bottom}
        className="chart-axis" />
      {points.map((point, index) => {
        const h = (point.count / max) * plot
        const x = pad.left + index * slot + (slot - bar) / 2
        const date = formatCalendarDate(point.date, i18n.language) ?? t('corpus.noDate')
        return (
          <g key={`${point.documentId}-${index}`}>
            <rect x={x} y={height - pad.bottom - h} width={bar} height={Math.max(h, 1)} rx={2}
              className="chart-bar">
              <title>{t('termbase.usage.tooltip', {
                title: point.title, date, count: point.count, n: formatNumber(point.count, i18n.language)
              })}</title>
            </rect>
            <text x={x + bar / 2} y={height - pad.bottom - h - 3} className="chart-value" textAnchor="middle">
              {formatNumber(point.count, i18n.language)}
            </text>
            {index % labelEvery === 0 && (
              <text x={x + bar / 2} y={height - pad.bottom + 14} className="chart-label" textAnchor="middle">
                {date}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
