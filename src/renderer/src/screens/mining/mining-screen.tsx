import { type MouseEvent, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateQuery, CandidateRow, ContextLine } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { EmptyState } from '../../components/empty-state'
import { useFeedback } from '../../components/feedback'
import { CandidatesIcon } from '../../components/icons'
import { isTypingTarget, useHistoryActions } from '../../components/undo-shortcuts'
import { usePagedList } from '../../components/use-paged-list'
import { formatNumber } from '../../lib/format'
import { CandidateDetail } from './candidate-detail'
import { CandidateList } from './candidate-list'
import { MergeDialog, type MergeTarget } from './merge-dialog'
import { MiningProgress } from './mining-progress'
import { cursorAfterReview, moveCursor, rangeIds, screenKey, toggleId } from './selection'
import { ShortcutLegend } from './shortcut-legend'
import { useMining } from './use-mining'
import { type ReviewVerb, statusAfter, useReviewActions } from './use-review-actions'

const pageSize = 200
type StatusFilter = NonNullable<CandidateQuery['status']>
type SortKey = NonNullable<CandidateQuery['sort']>

export function CandidatesScreen() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [status, setStatus] = useState<StatusFilter>('new')
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<SortKey>('score')
  const [cursor, setCursor] = useState(0)
  const [anchor, setAnchor] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [editingId, setEditingId] = useState<number | null>(null)
  const [merging, setMerging] = useState<CandidateRow[] | null>(null)
  const [contexts, setContexts] = useState<ContextLine[] | null>(null)

  // The text filter waits for a pause in typing so each keystroke does not refetch.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), 150)
    return () => window.clearTimeout(timer)
  }, [text])

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api.invoke('mining/candidates', {
        offset,
        limit,
        status,
        text: query || undefined,
        sort,
        descending: sort !== 'term'
      }),
    [api, status, query, sort]
  )
  const queryKey = `${status}|${query}|${sort}`
  const list = usePagedList(fetchPage, queryKey, pageSize, reportError)
  const total = list.total ?? 0

  useEffect(() => {
    setCursor(0)
    setSelected(new Set())
  }, [queryKey])

  const { refresh } = list
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'changed' && ['mining', 'termbase', 'history', 'workspace'].includes(event.area)) {
          refresh()
        }
      }),
    [api, refresh]
  )

  const mining = useMining(refresh)
  const current = cursor >= 0 && cursor < total ? list.rowAt(cursor) : undefined
  const currentId = current?.id

  // The list got shorter (the last rows were reviewed away): stay on its new last row.
  useEffect(() => {
    if (total > 0 && cursor >= total) setCursor(total - 1)
  }, [cursor, total])

  useEffect(() => {
    if (currentId === undefined) {
      setContexts(null)
      return
    }
    let live = true
    setContexts(null)
    // A short pause first: holding j down walks the list without a request per row.
    const timer = window.setTimeout(() => {
      api.invoke('mining/contexts', { id: currentId, limit: 30 }).then(
        (lines) => live && setContexts(lines),
        (error) => live && reportError(error)
      )
    }, 90)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, currentId, reportError])

  /** The rows merge applies to: the ticked ones, else the one under the cursor. */
  const targets = useCallback((): number[] => {
    if (selected.size > 0) return [...selected]
    return currentId === undefined ? [] : [currentId]
  }, [selected, currentId])

  const afterAction = useCallback(
    (message: string) => {
      setSelected(new Set())
      refresh()
      void undoToast(message, refresh)
    },
    [refresh, undoToast]
  )

  /**
   * After a review: a bulk action clears the ticks; one candidate's moves the cursor on to the next one
   * (when the reviewed row leaves this view, the next one takes its place under the cursor).
   */
  const onReviewed = useCallback(
    (verb: ReviewVerb, ids: number[]) => {
      setSelected((ticked) => {
        const next = new Set(ticked)
        for (const id of ids) next.delete(id)
        return next
      })
      if (ids.length === 1 && ids[0] === currentId) {
        setCursor((c) => cursorAfterReview(c, total, status === 'all' || status === statusAfter[verb]))
      }
    },
    [currentId, status, total]
  )
  const { review, openConcept } = useReviewActions(refresh, onReviewed)
  const reviewOne = useCallback(
    (verb: ReviewVerb, row: CandidateRow) => void review(verb, [row.id], row.term),
    [review]
  )
  const reviewTicked = (verb: ReviewVerb) => void review(verb, [...selected])

  const finishEdit = useCallback(
    async (id: number, term: string | null) => {
      setEditingId(null)
      if (term === null) return
      try {
        await api.invoke('mining/edit', { id, term })
        afterAction(t('candidates.done.edited', { term }))
      } catch (error) {
        reportError(error)
      }
    },
    [api, afterAction, reportError, t]
  )

  const merge = useCallback(
    async (target: MergeTarget) => {
      // One of the ticked candidates may be the target: the others merge into it.
      const into = 'intoCandidate' in target ? target.intoCandidate : undefined
      const ids = (merging ?? []).map((s) => s.id).filter((id) => id !== into)
      setMerging(null)
      if (ids.length === 0) return
      try {
        await api.invoke('mining/merge', { ids, ...target })
        afterAction(t('candidates.done.merged', { count: ids.length }))
      } catch (error) {
        reportError(error)
      }
    },
    [api, afterAction, merging, reportError, t]
  )

  const openMerge = useCallback(() => {
    const ids = targets()
    const rows = ids
      .map((id) => {
        for (let i = 0; i < total; i++) {
          const row = list.rowAt(i)
          if (row?.id === id) return row
        }
        return undefined
      })
      .filter((row): row is CandidateRow => row !== undefined)
    if (rows.length > 0) setMerging(rows)
  }, [targets, total, list])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (merging || editingId !== null) return
      const command = screenKey(event, isTypingTarget)
      if (!command) return
      event.preventDefault()
      if (command === 'down' || command === 'up') {
        const next = moveCursor(cursor, command === 'down' ? 1 : -1, total)
        setCursor(next)
        setAnchor(next)
      } else if (command === 'toggle') {
        if (currentId !== undefined) setSelected((s) => toggleId(s, currentId))
      } else if (command === 'edit') {
        if (currentId !== undefined) setEditingId(currentId)
      } else if (command === 'merge') {
        openMerge()
      } else if (current !== undefined) {
        // Like the detail pane's buttons: the candidate under the cursor; ticked rows have the bulk bar.
        void review(command, [current.id], current.term)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [cursor, total, current, currentId, merging, editingId, openMerge, review])

  const onRowClick = useCallback(
    (index: number, event: MouseEvent) => {
      setCursor(index)
      if (event.shiftKey) {
        setSelected((s) => new Set([...s, ...rangeIds(list.rowAt, anchor, index)]))
      } else {
        setAnchor(index)
      }
    },
    [anchor, list.rowAt]
  )

  const onToggle = useCallback((id: number) => setSelected((s) => toggleId(s, id)), [])
  const onEditDone = useCallback((id: number, term: string | null) => void finishEdit(id, term), [finishEdit])

  const statusOptions: [StatusFilter, string][] = useMemo(
    () => [
      ['new', t('candidates.status.new')],
      ['accepted', t('candidates.status.accepted')],
      ['rejected', t('candidates.status.rejected')],
      ['skipped', t('candidates.status.skipped')],
      ['all', t('candidates.status.all')]
    ],
    [t]
  )
  const sortOptions: [SortKey, string][] = [
    ['score', t('candidates.column.score')],
    ['freq', t('candidates.column.freq')],
    ['docs', t('candidates.column.docs')],
    ['term', t('candidates.column.term')]
  ]

  const locale = i18n.language
  const neverMined = list.total === 0 && status === 'new' && query === '' && !mining.state.summary
  const mineButton = (prominent: boolean) => (
    <button
      type="button"
      className={prominent ? 'button button-primary' : 'button'}
      data-testid="mine-button"
      disabled={mining.state.running}
      onClick={() => void mining.start()}
    >
      {mining.state.running ? t('candidates.mining') : t('candidates.mine')}
    </button>
  )

  return (
    <section className="screen split-screen candidates-screen" data-testid="candidates-screen">
      <div className="screen-toolbar filter-bar">
        <input
          className="text-input"
          type="search"
          value={text}
          data-testid="candidate-filter"
          placeholder={t('candidates.filter')}
          aria-label={t('candidates.filter')}
          onChange={(event) => setText(event.target.value)}
        />
        <label className="field-inline">
          <span>{t('candidates.statusFilter')}</span>
          <select
            value={status}
            data-testid="candidate-status-filter"
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            {statusOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          <span>{t('candidates.sortBy')}</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
            {sortOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <span className="screen-summary" data-testid="candidate-count">
          {list.total !== null && t('candidates.count', { count: total, n: formatNumber(total, locale) })}
        </span>
        {!neverMined && mineButton(false)}
      </div>
      {mining.state.running && <MiningProgress state={mining.state} onCancel={mining.cancel} />}
      {selected.size > 0 && (
        <div className="bulk-bar" data-testid="bulk-bar">
          <span>{t('candidates.selected', { count: selected.size, n: formatNumber(selected.size, locale) })}</span>
          <button
            type="button"
            className="button button-primary"
            data-testid="bulk-accept"
            onClick={() => reviewTicked('accept')}
          >
            {t('candidates.accept')}
          </button>
          <button type="button" className="button" data-testid="bulk-reject" onClick={() => reviewTicked('reject')}>
            {t('candidates.reject')}
          </button>
          <button type="button" className="button" onClick={openMerge}>
            {t('candidates.mergeAction')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setSelected(new Set())}>
            {t('candidates.clearSelection')}
          </button>
        </div>
      )}
      {neverMined && !mining.state.running ? (
        <EmptyState icon={<CandidatesIcon />} title={t('candidates.emptyTitle')} body={t('candidates.emptyBody')}>
          {mineButton(true)}
        </EmptyState>
      ) : (
        <div className="split">
          <div className="split-main">
            <CandidateList
              total={total}
              version={list.version}
              rowAt={list.rowAt}
              ensure={list.ensure}
              cursor={cursor}
              selected={selected}
              editingId={editingId}
              onRowClick={onRowClick}
              onToggle={onToggle}
              onEditDone={onEditDone}
            />
            <ShortcutLegend />
          </div>
          <aside className="split-side panel" data-testid="candidate-detail">
            {current ? (
              <CandidateDetail current={current} contexts={contexts} onReview={reviewOne} onOpenConcept={openConcept} />
            ) : (
              <p className="muted">{t('candidates.noneSelected')}</p>
            )}
          </aside>
        </div>
      )}
      {merging && (
        <MergeDialog sources={merging} onPick={(target) => void merge(target)} onClose={() => setMerging(null)} />
      )}
    </section>
  )
}
