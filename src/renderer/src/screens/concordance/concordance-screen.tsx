import './concordance.css'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ConcordanceHit, PinyinResolution } from '../../../../shared/api/concordance'
import type { DocumentSummary } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { EmptyState } from '../../components/empty-state'
import { useFeedback } from '../../components/feedback'
import { ConcordanceIcon } from '../../components/icons'
import { usePagedList } from '../../components/use-paged-list'
import { localizedMessage, toApiError } from '../../lib/api-error'
import { formatNumber } from '../../lib/format'
import { type CollocateSettings, CollocatesPanel, defaultCollocateSettings } from './collocates-panel'
import { AddExampleDialog, HitContextDialog } from './hit-dialogs'
import { KwicList } from './kwic-list'
import { PinyinResolved, SearchForm, SortPicker } from './search-form'
import {
  buildRequest,
  collocatePosition,
  initialSearch,
  loadedHits,
  refineQuery,
  searchKey,
  type SearchState
} from './search-state'

const pageSize = 100

/** The last search, kept while the app runs so a visit to another screen does not lose it. */
const remembered: { text: string; options: SearchState; submitted: string | null } = {
  text: '',
  options: initialSearch,
  submitted: null
}

interface ResultMeta {
  key: string
  totalExact: boolean
  timedOut: boolean
  /** What a pinyin query resolved to, shown above the hits. */
  pinyin?: PinyinResolution
}

export function ConcordanceScreen() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [text, setText] = useState(remembered.text)
  const [options, setOptions] = useState<SearchState>(remembered.options)
  // null until the first search: nothing is fetched for an untouched screen.
  const [submitted, setSubmitted] = useState<string | null>(remembered.submitted)
  // Pressing Search again re-runs the same query (the corpus may have changed).
  const [run, setRun] = useState(0)
  const [documents, setDocuments] = useState<DocumentSummary[]>([])
  const [meta, setMeta] = useState<ResultMeta | null>(null)
  const [queryError, setQueryError] = useState<{ key: string; message: string } | null>(null)
  const [settings, setSettings] = useState<CollocateSettings>(defaultCollocateSettings)
  const [reading, setReading] = useState<ConcordanceHit | null>(null)
  const [adding, setAdding] = useState<ConcordanceHit | null>(null)

  useEffect(() => {
    Object.assign(remembered, { text, options, submitted })
  }, [text, options, submitted])

  const state = useMemo<SearchState | null>(
    () => (submitted === null ? null : { ...options, query: submitted }),
    [options, submitted]
  )
  const key = state ? `${run}|${searchKey(state)}` : 'none'
  const keyRef = useRef(key)
  keyRef.current = key

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      if (state === null) return { total: 0, rows: [] }
      const result = await api.invoke('concordance/search', buildRequest(state, offset, limit))
      setMeta({ key, totalExact: result.totalExact, timedOut: result.timedOut, pinyin: result.pinyin })
      return { total: result.total, rows: result.hits }
    },
    [api, state, key]
  )

  // Stable, so the list does not restart; a refused query shows under the box, not in the banner.
  const onError = useCallback(
    (error: unknown) => {
      const apiError = toApiError(error)
      if (apiError.code === 'invalid-argument')
        setQueryError({ key: keyRef.current, message: localizedMessage(apiError.payload) })
      else reportError(error)
    },
    [reportError]
  )
  const list = usePagedList<ConcordanceHit>(fetchPage, key, pageSize, onError)
  const { refresh } = list

  useEffect(() => {
    const load = () => api.invoke('corpus/list', {}).then(setDocuments, reportError)
    load()
    return api.onEvent((event) => {
      if (event.type !== 'changed') return
      if (event.area === 'corpus' || event.area === 'workspace') load()
      if (['corpus', 'memory', 'workspace', 'history'].includes(event.area)) refresh()
    })
  }, [api, reportError, refresh])

  const search = (query = text) => {
    setText(query)
    setSubmitted(query)
    setRun((r) => r + 1)
  }
  const change = (patch: Partial<SearchState>) => setOptions((current) => ({ ...current, ...patch }))
  const pickCollocate = (word: string) => {
    if (!state) return
    const hits = loadedHits(list.rowAt, Math.min(list.total ?? 0, pageSize * 5))
    search(refineQuery(state.query, word, collocatePosition(hits, word, settings.window)))
  }

  const error = queryError && queryError.key === key ? queryError.message : null
  const current = meta && meta.key === key ? meta : null
  const total = error ? 0 : (list.total ?? 0)
  const count = formatNumber(total, i18n.language)
  const summary =
    state === null || error
      ? ''
      : list.total === null
        ? t('common.loading')
        : t(current && !current.totalExact ? 'concordance.hitsApprox' : 'concordance.hits', {
            count: total,
            formatted: count
          })

  return (
    <section className="screen concordance-screen" data-testid="concordance-screen">
      <SearchForm
        text={text}
        onText={setText}
        state={options}
        onChange={change}
        onSubmit={() => search()}
        documents={documents}
        error={error}
      />
      <div className="conc-split">
        <div className="conc-results">
          <PinyinResolved resolution={current?.pinyin} />
          <div className="screen-toolbar conc-toolbar">
            <p className="screen-summary" data-testid="concordance-total" aria-live="polite">
              {summary}
            </p>
            {current?.timedOut && <span className="notice small">{t('concordance.timedOut')}</span>}
            <SortPicker sort={options.sort} onChange={(sort) => change({ sort })} />
          </div>
          {state === null || error ? (
            <EmptyState
              icon={<ConcordanceIcon />}
              title={t('concordance.emptyTitle')}
              body={t('concordance.emptyBody')}
            />
          ) : total === 0 && list.total !== null && !error ? (
            <div className="vlist conc-none">
              <p className="muted" data-testid="concordance-none">
                {t('concordance.none')}
              </p>
            </div>
          ) : (
            <div className="vlist">
              <KwicList
                total={total}
                version={list.version}
                rowAt={list.rowAt}
                ensure={list.ensure}
                onOpenDocument={setReading}
                onAddExample={setAdding}
              />
            </div>
          )}
        </div>
        <CollocatesPanel
          state={error ? null : state}
          settings={settings}
          onSettings={setSettings}
          onPick={pickCollocate}
        />
      </div>
      {reading && <HitContextDialog hit={reading} onClose={() => setReading(null)} />}
      {adding && <AddExampleDialog hit={adding} onClose={() => setAdding(null)} />}
    </section>
  )
}
