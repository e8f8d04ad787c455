import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { FuzzyMatch, RecognisedTerm, TermStatus } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { langOf } from '../../components/kwic-lines'
import { TermStatusBadge } from '../../components/term-status-badge'
import { formatDateTime, formatNumber } from '../../lib/format'
import { DiffView } from './diff-view'

const limits = [5, 10, 20, 50]

/** Bands for the % badge, the same everywhere a match score shows. */
export function scoreBand(score: number, exact: boolean): 'exact' | 'high' | 'mid' | 'low' {
  if (exact) return 'exact'
  if (score >= 90) return 'high'
  if (score >= 75) return 'mid'
  return 'low'
}

/** Type or paste a sentence: the memory's closest units with their differences, and the terms it holds. */
export function MatchPanel() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [text, setText] = useState('')
  const [min, setMin] = useState(70)
  const [limit, setLimit] = useState(10)
  const [matches, setMatches] = useState<FuzzyMatch[] | null>(null)
  const [terms, setTerms] = useState<RecognisedTerm[]>([])

  useEffect(() => {
    const query = text.trim()
    if (!query) {
      setMatches(null)
      setTerms([])
      return
    }
    let stale = false
    // Matching waits for a pause in typing; a late answer for old text never overwrites a newer one.
    const timer = window.setTimeout(() => {
      Promise.all([
        api.invoke('memory/match', { text: query, min, limit }),
        api.invoke('memory/recognise', { text: query })
      ]).then(
        ([found, recognised]) => {
          if (stale) return
          setMatches(found)
          setTerms(recognised)
        },
        (error: unknown) => {
          if (!stale) reportError(error)
        }
      )
    }, 300)
    return () => {
      stale = true
      window.clearTimeout(timer)
    }
  }, [api, text, min, limit, reportError])

  const n = (value: number) => formatNumber(value, i18n.language)
  return (
    <div className="memory-match">
      <label className="match-label" htmlFor="match-input">
        {t('memory.match.input')}
      </label>
      <textarea
        id="match-input"
        className="match-input"
        data-testid="match-input"
        rows={3}
        value={text}
        placeholder={t('memory.match.placeholder')}
        lang={langOf(text)}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="match-controls">
        <label className="field-inline">
          {t('memory.match.min')}
          <input
            type="range"
            min={30}
            max={100}
            step={5}
            value={min}
            data-testid="match-min"
            onChange={(event) => setMin(Number(event.target.value))}
          />
          <span className="match-min-value">{n(min)}%</span>
        </label>
        <label className="field-inline">
          {t('memory.match.limit')}
          <select className="status-select" value={limit} onChange={(event) => setLimit(Number(event.target.value))}>
            {limits.map((value) => (
              <option key={value} value={value}>
                {n(value)}
              </option>
            ))}
          </select>
        </label>
        {matches && (
          <span className="muted small" data-testid="match-count">
            {t('memory.match.count', { count: matches.length, n: n(matches.length) })}
          </span>
        )}
      </div>
      {matches === null ? (
        <p className="muted">{t('memory.match.prompt')}</p>
      ) : matches.length === 0 ? (
        <p className="muted" data-testid="match-none">
          {t('memory.match.none', { min: n(min) })}
        </p>
      ) : (
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
      )}
      {terms.length > 0 && <RecognisedTerms terms={terms} />}
    </div>
  )
}

/** One rendering: the preferred one plain and green; the others carry their status as a badge, and
 *  the ones to avoid (deprecated, forbidden) are struck through. */
function Rendering({ text, status }: { text: string; status: TermStatus }) {
  const avoid = status === 'deprecated' || status === 'forbidden'
  const Tag = avoid ? 's' : 'span'
  return (
    <span className="rendering-item" data-testid={`rendering-${status}`}>
      <Tag className={`rendering rendering-${status}`} lang="zh-CN">
        {text}
      </Tag>
      {status !== 'preferred' && <TermStatusBadge status={status} />}
    </span>
  )
}

function RecognisedTerms({ terms }: { terms: RecognisedTerm[] }) {
  const { t } = useTranslation()
  return (
    <section className="recognised" aria-labelledby="recognised-title" data-testid="recognised-terms">
      <h3 className="section-title" id="recognised-title">
        {t('memory.match.terms')}
      </h3>
      <ul className="stack-list">
        {terms.map((term, index) => (
          <li
            key={`${term.conceptId}-${term.start}-${index}`}
            className="recognised-term"
            data-testid="recognised-term"
          >
            <span className="recognised-source">{term.term}</span>
            <span aria-hidden="true" className="muted">
              →
            </span>
            {term.renderings.length === 0 && <span className="muted small">{t('memory.match.noRendering')}</span>}
            {term.renderings.map((r) => (
              <Rendering key={`${r.status}-${r.text}`} {...r} />
            ))}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The matched side with its differences, the other side as the proposal, and where the pair came from. */
function MatchBody({ match }: { match: FuzzyMatch }) {
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
