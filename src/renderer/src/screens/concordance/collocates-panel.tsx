import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Collocate, CollocatesRequest, CollocatesResult } from '../../../../shared/api/concordance'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { langOf } from '../../components/kwic-lines'
import { toApiError } from '../../lib/api-error'
import { formatNumber } from '../../lib/format'
import { FunctionWordsOption } from './function-words-option'
import { KeepCollocationDialog } from './hit-dialogs'
import { buildRequest, type SearchState } from './search-state'

export interface CollocateSettings {
  window: number
  minFreq: number
  by: 'logDice' | 'mi'
  /** List function words too (left out by default). */
  functionWords: boolean
}

export const defaultCollocateSettings: CollocateSettings = {
  window: 5,
  minFreq: 2,
  by: 'logDice',
  functionWords: false
}
const top = 50

function clampInt(value: string, min: number, max: number, fallback: number): number {
  const n = Math.round(Number(value))
  return Number.isFinite(n) && value.trim() !== '' ? Math.min(max, Math.max(min, n)) : fallback
}

/** The collocates request for the current search: same query and filters, no paging or sort. */
export function collocatesRequest(state: SearchState, settings: CollocateSettings): CollocatesRequest {
  const { offset: _offset, limit: _limit, sort: _sort, ...base } = buildRequest(state, 0, 1)
  const request: CollocatesRequest = {
    ...base,
    window: settings.window,
    minFreq: settings.minFreq,
    by: settings.by,
    top
  }
  if (settings.functionWords) request.functionWords = true
  return request
}

/** Words that keep company with the query, ranked by logDice or MI; a click refines the search. */
export function CollocatesPanel(props: {
  state: SearchState | null
  settings: CollocateSettings
  onSettings: (settings: CollocateSettings) => void
  onPick: (word: string) => void
}) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [result, setResult] = useState<CollocatesResult | null>(null)
  const [loading, setLoading] = useState(false)
  const [keeping, setKeeping] = useState<Collocate | null>(null)
  const { state, settings } = props
  const requestJson = state && state.query.trim() ? JSON.stringify(collocatesRequest(state, settings)) : null

  useEffect(() => {
    setResult(null)
    if (requestJson === null) return
    let live = true
    setLoading(true)
    // A pause so typing a window size or minimum does not send a request per keystroke.
    const timer = window.setTimeout(() => {
      api
        .invoke('concordance/collocates', JSON.parse(requestJson) as CollocatesRequest)
        .then(
          (found) => live && setResult(found),
          (error: unknown) => {
            // A refused query already shows its message under the search box.
            if (toApiError(error).code !== 'invalid-argument') reportError(error)
          }
        )
        .finally(() => live && setLoading(false))
    }, 150)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, requestJson, reportError])

  const num = (value: number, digits: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)

  return (
    <aside
      className="conc-collocates panel"
      aria-label={t('concordance.collocates.title')}
      data-testid="collocates-panel"
    >
      <h2 className="section-title">{t('concordance.collocates.title')}</h2>
      <div className="conc-colloc-settings">
        <label className="field-inline">
          {t('concordance.collocates.window')}
          <input
            className="text-input conc-num"
            type="number"
            min={1}
            max={10}
            value={settings.window}
            data-testid="collocates-window"
            onChange={(event) =>
              props.onSettings({ ...settings, window: clampInt(event.target.value, 1, 10, settings.window) })
            }
          />
        </label>
        <label className="field-inline">
          {t('concordance.collocates.minFreq')}
          <input
            className="text-input conc-num"
            type="number"
            min={1}
            max={1000}
            value={settings.minFreq}
            data-testid="collocates-min-freq"
            onChange={(event) =>
              props.onSettings({ ...settings, minFreq: clampInt(event.target.value, 1, 1000, settings.minFreq) })
            }
          />
        </label>
        <label className="field-inline">
          {t('concordance.collocates.rankBy')}
          <select
            value={settings.by}
            data-testid="collocates-by"
            onChange={(event) => props.onSettings({ ...settings, by: event.target.value as CollocateSettings['by'] })}
          >
            <option value="logDice">logDice</option>
            <option value="mi">MI</option>
          </select>
        </label>
        <FunctionWordsOption
          checked={settings.functionWords}
          onChange={(functionWords) => props.onSettings({ ...settings, functionWords })}
        />
      </div>
      {requestJson === null ? (
        <p className="muted small">{t('concordance.collocates.prompt')}</p>
      ) : result === null ? (
        <p className="muted small" role="status">
          {loading ? t('common.loading') : ''}
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
          <div className="table-wrap conc-colloc-table">
            <table className="data-table" data-testid="collocates-table">
              <thead>
                <tr>
                  <th>{t('concordance.collocates.word')}</th>
                  <th className="num">{t('concordance.collocates.freq')}</th>
                  <th className="num">logDice</th>
                  <th className="num">MI</th>
                  <th>
                    <span className="visually-hidden">{t('concordance.collocates.keep')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.collocates.map((c) => (
                  <tr key={c.word} data-testid="collocate-row">
                    <td>
                      <button
                        type="button"
                        className="conc-doc-link"
                        lang={langOf(c.word)}
                        title={`${c.word} · ${t('concordance.collocates.refine')}`}
                        onClick={() => props.onPick(c.word)}
                      >
                        {c.word}
                      </button>
                    </td>
                    <td className="num">{formatNumber(c.freq, i18n.language)}</td>
                    <td className="num">{num(c.logDice, 2)}</td>
                    <td className="num">{num(c.mi, 2)}</td>
                    <td>
                      <button
                        type="button"
                        className="icon-button conc-keep"
                        data-testid="keep-collocation"
                        title={t('concordance.collocates.keep')}
                        aria-label={t('concordance.collocates.keepWord', { word: c.word })}
                        onClick={() => setKeeping(c)}
                      >
                        +
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
