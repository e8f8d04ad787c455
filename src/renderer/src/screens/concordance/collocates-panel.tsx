import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Collocate } from '../../../../shared/api/concordance'
import { useFeedback } from '../../components/feedback'
import { useApiQuery } from '../../data/use-api-query'
import { formatNumber } from '../../lib/format'
import { type CollocateSettings, collocatesRequest } from './collocates-request'
import { CollocatesSettings } from './collocates-settings'
import { CollocatesTable } from './collocates-table'
import { KeepCollocationDialog } from './hit-dialogs'
import { initialSearch, type SearchState } from './search-state'

/** Words that keep company with the query, ranked by logDice or MI; a click refines the search. */
export function CollocatesPanel(props: {
  state: SearchState | null
  settings: CollocateSettings
  onSettings: (settings: CollocateSettings) => void
  onPick: (word: string) => void
}) {
  const { t, i18n } = useTranslation()
  const { reportError } = useFeedback()
  const [keeping, setKeeping] = useState<Collocate | null>(null)
  const { state, settings } = props
  const asked = state !== null && state.query.trim() !== ''
  // A pause so typing a window size or minimum does not send a request per keystroke. A refused query
  // already shows its message under the search box.
  const query = useApiQuery('concordance/collocates', collocatesRequest(state ?? initialSearch, settings), {
    enabled: asked,
    debounceMs: 150,
    onError: (error) => error.code !== 'invalid-argument' && reportError(error)
  })
  const result = query.data ?? null

  return (
    <aside
      className="conc-collocates panel"
      aria-label={t('concordance.collocates.title')}
      data-testid="collocates-panel"
    >
      <h2 className="section-title">{t('concordance.collocates.title')}</h2>
      <CollocatesSettings settings={settings} onChange={props.onSettings} />
      {!asked ? (
        <p className="muted small">{t('concordance.collocates.prompt')}</p>
      ) : result === null ? (
        <p className="muted small" role="status">
          {query.loading ? t('common.loading') : ''}
        </p>
      ) : result.collocates.length === 0 ? (
        <p className="muted small" data-testid="collocates-none">
          {t('concordance.collocates.none')}
        </p>
      ) : (
        <>
          <p className="muted small conc-colloc-summary">
            {t('concordance.collocates.summary', {
              node: formatNumber(result.nodeFreq, i18n.language),
              size: formatNumber(result.corpusSize, i18n.language)
            })}
            {result.sampled && ` ${t('concordance.collocates.sampled')}`}
          </p>
          <CollocatesTable collocates={result.collocates} onPick={props.onPick} onKeep={setKeeping} />
        </>
      )}
      {keeping && state && (
        <KeepCollocationDialog
          node={state.query.trim()}
          collocate={keeping}
          window={settings.window}
          onClose={() => setKeeping(null)}
        />
      )}
    </aside>
  )
}
