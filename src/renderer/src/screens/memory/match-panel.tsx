import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { langOf } from '../../components/kwic-lines'
import { useApiQuery } from '../../data/use-api-query'
import { formatNumber } from '../../lib/format'
import { MatchControls } from './match-controls'
import { MatchList } from './match-list'
import { RecognisedTerms } from './recognised-terms'

/** Type or paste a sentence: the memory's closest units with their differences, and the terms it holds. */
export function MatchPanel() {
  const { t, i18n } = useTranslation()
  const [text, setText] = useState('')
  const [min, setMin] = useState(70)
  const [limit, setLimit] = useState(10)
  const query = text.trim()
  // Matching waits for a pause in typing; the last answer stays until the next one arrives.
  const asked = { enabled: query !== '', debounceMs: 300, keepPrevious: true }
  const matches = useApiQuery('memory/match', { text: query, min, limit }, asked).data ?? null
  const terms = useApiQuery('memory/recognise', { text: query }, asked).data ?? []

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
      <MatchControls min={min} onMin={setMin} limit={limit} onLimit={setLimit} count={matches?.length ?? null} />
      {matches === null ? (
        <p className="muted">{t('memory.match.prompt')}</p>
      ) : matches.length === 0 ? (
        <p className="muted" data-testid="match-none">
          {t('memory.match.none', { min: n(min) })}
        </p>
      ) : (
        <MatchList matches={matches} />
      )}
      {terms.length > 0 && <RecognisedTerms terms={terms} />}
    </div>
  )
}
