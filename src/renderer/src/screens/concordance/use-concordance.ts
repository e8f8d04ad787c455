import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import type { ConcordanceHit, PinyinResolution } from '../../../../shared/api/concordance'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { useApiQuery } from '../../data/use-api-query'
import { usePagedList } from '../../data/use-paged-list'
import { useRefreshOn } from '../../data/use-refresh-on'
import { localizedMessage, toApiError } from '../../lib/api-error'
import { type CollocateSettings, defaultCollocateSettings } from './collocates-request'
import {
  buildRequest,
  collocatePosition,
  initialSearch,
  loadedHits,
  refineQuery,
  searchKey,
  type SearchState
} from './search-state'

export const pageSize = 100

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

/**
 * The concordance's state: the query box and options, the submitted search and its hits (a page at a time,
 * refreshed when the corpus or the memory change), what the last answer said about itself, and a query the
 * server refused (shown under the box, not in the banner).
 */
export function useConcordance() {
  const api = useApi()
  const { reportError } = useFeedback()
  const [text, setText] = useState(remembered.text)
  const [options, setOptions] = useState<SearchState>(remembered.options)
  // null until the first search: nothing is fetched for an untouched screen.
  const [submitted, setSubmitted] = useState<string | null>(remembered.submitted)
  // Pressing Search again re-runs the same query (the corpus may have changed).
  const [run, setRun] = useState(0)
  const [meta, setMeta] = useState<ResultMeta | null>(null)
  const [queryError, setQueryError] = useState<{ key: string; message: string } | null>(null)
  const [settings, setSettings] = useState<CollocateSettings>(defaultCollocateSettings)
  const documents = useApiQuery('corpus/list', {}, { refreshOn: ['corpus', 'workspace'] })

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
  useRefreshOn(['corpus', 'memory', 'workspace'], list.refresh)

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

  return {
    text,
    setText,
    options,
    change,
    search,
    state,
    list,
    documents: documents.data ?? [],
    error: queryError && queryError.key === key ? queryError.message : null,
    meta: meta && meta.key === key ? meta : null,
    settings,
    setSettings,
    pickCollocate
  }
}

export type Concordance = ReturnType<typeof useConcordance>
