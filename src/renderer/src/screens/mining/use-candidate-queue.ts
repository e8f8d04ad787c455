import { type MouseEvent, useCallback, useEffect, useState } from 'react'

import type { CandidateQuery, CandidateRow } from '../../../../shared/models'
import type { CandidateKind, Lang } from '../../../../shared/vocabulary'
import { useApiQuery } from '../../data/use-api-query'
import { useDebounced } from '../../data/use-debounced'
import { useApiPages } from '../../data/use-paged-list'
import { rangeIds, toggleId } from './selection'
import { useCandidateEquivalents } from './use-candidate-equivalents'

const pageSize = 200
export type StatusFilter = NonNullable<CandidateQuery['status']>
export type SortKey = NonNullable<CandidateQuery['sort']>
export type KindFilter = CandidateKind | 'all'

/** The page query for the toolbar's choices: one language's list, 'all' kinds = no kind filter. */
export function candidateQuery(f: {
  lang: Lang
  kind: KindFilter
  status: StatusFilter
  text: string
  sort: SortKey
}): CandidateQuery {
  return {
    lang: f.lang,
    kind: f.kind === 'all' ? undefined : f.kind,
    status: f.status,
    text: f.text || undefined,
    sort: f.sort,
    descending: f.sort !== 'term'
  }
}

/**
 * The review queue: the filtered, sorted candidates (a page at a time, refreshed when candidates or concepts
 * change), the cursor, the ticked rows, the row being edited, and the contexts of the candidate under the cursor.
 */
export function useCandidateQueue() {
  // Each miner's list on its own: the English documents' candidates or the Chinese documents'.
  const [lang, setLang] = useState<Lang>('en')
  const [kind, setKind] = useState<KindFilter>('all')
  // The Chinese column of the English list: off until asked for (each page of it trains a lexicon).
  const [showChinese, setShowChinese] = useState(false)
  const [status, setStatus] = useState<StatusFilter>('new')
  const [text, setText] = useState('')
  // The text filter waits for a pause in typing so each keystroke does not refetch.
  const query = useDebounced(text.trim(), 150)
  const [sort, setSort] = useState<SortKey>('score')
  const [cursor, setCursor] = useState(0)
  const [anchor, setAnchor] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [editingId, setEditingId] = useState<number | null>(null)

  const list = useApiPages('mining/candidates', candidateQuery({ lang, kind, status, text: query, sort }), {
    pageSize,
    refreshOn: ['mining', 'termbase', 'workspace']
  })
  const total = list.total ?? 0
  const queryKey = `${lang}|${kind}|${status}|${query}|${sort}`
  useEffect(() => {
    setCursor(0)
    setSelected(new Set())
  }, [queryKey])

  const equivalents = useCandidateEquivalents(lang === 'en' && showChinese, queryKey)

  const current = cursor >= 0 && cursor < total ? list.rowAt(cursor) : undefined
  const currentId = current?.id

  // The list got shorter (the last rows were reviewed away): stay on its new last row.
  useEffect(() => {
    if (total > 0 && cursor >= total) setCursor(total - 1)
  }, [cursor, total])

  // A short pause first: holding j down walks the list without a request per row.
  const contexts = useApiQuery(
    'mining/contexts',
    { id: currentId ?? 0, limit: 30 },
    { enabled: currentId !== undefined, debounceMs: 90 }
  )

  /** The rows merge applies to: the ticked ones, else the one under the cursor. */
  const targets = useCallback((): CandidateRow[] => {
    const ids = selected.size > 0 ? [...selected] : currentId === undefined ? [] : [currentId]
    return ids
      .map((id) => {
        for (let i = 0; i < total; i++) {
          const row = list.rowAt(i)
          if (row?.id === id) return row
        }
        return undefined
      })
      .filter((row): row is CandidateRow => row !== undefined)
  }, [selected, currentId, total, list])

  const onRowClick = useCallback(
    (index: number, event: MouseEvent) => {
      setCursor(index)
      if (event.shiftKey) setSelected((s) => new Set([...s, ...rangeIds(list.rowAt, anchor, index)]))
      else setAnchor(index)
    },
    [anchor, list.rowAt]
  )
  const onToggle = useCallback((id: number) => setSelected((s) => toggleId(s, id)), [])

  return {
    filters: {
      lang,
      setLang,
      kind,
      setKind,
      status,
      setStatus,
      text,
      setText,
      query,
      sort,
      setSort,
      showChinese,
      setShowChinese
    },
    equivalents,
    list,
    total,
    cursor,
    setCursor,
    setAnchor,
    selected,
    setSelected,
    editingId,
    setEditingId,
    current,
    contexts: contexts.data ?? null,
    targets,
    onRowClick,
    onToggle
  }
}

export type CandidateQueue = ReturnType<typeof useCandidateQueue>
