import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CandidateQuery, CandidateRow, ContextLine } from '../../../shared/models'
import { useApi } from '../api-context'
import { EmptyState } from '../components/empty-state'
import { useFeedback } from '../components/feedback'
import { CandidatesIcon } from '../components/icons'
import { KwicLines } from '../components/kwic-lines'
import { useNavigation } from '../components/navigation'
import { isTypingTarget, useHistoryActions } from '../components/undo-shortcuts'
import { usePagedList } from '../components/use-paged-list'
import { formatNumber, progressPercent } from '../lib/format'
import { CandidateList, formatScore } from './candidates/candidate-list'
import { MergeDialog, type MergeTarget } from './candidates/merge-dialog'
import { moveCursor, rangeIds, reviewKey, toggleId } from './candidates/selection'
import { ShortcutLegend } from './candidates/shortcut-legend'
import { useMining } from './candidates/use-mining'

const pageSize = 200
type StatusFilter = NonNullable<CandidateQuery['status']>
type SortKey = NonNullable<CandidateQuery['sort']>

export function CandidatesScreen() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const { navigate } = useNavigation()
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

  const fetchPage = useCallback((offset: number, limit: number) => api.invoke('candidates/list', {
    offset, limit, status, text: query || undefined, sort, descending: sort !== 'term'
  }), [api, status, query, sort])
  const queryKey = `${status}|${query}|${sort}`
  const list = usePagedList(fetchPage, queryKey, pageSize, reportError)
  const total = list.total ?? 0

  useEffect(() => {
    setCursor(0)
    setSelected(new Set())
  }, [queryKey])

  const { refresh } = list
  useEffect(() => api.onEvent((event) => {
    if (event.type === 'changed' && ['candidates', 'termbase', 'history', 'workspace'].includes(event.area)) {
      refresh()
    }
  }), [api, refresh])

  const mining = useMining(refresh)
  const current = cursor >= 0 && cursor < total ? list.rowAt(cursor) : undefined
  const currentId = current?.id

  useEffect(() => {
    if (currentId === undefined) {
      setContexts(null)
      return
    }
    let live = true
    setContexts(null)
    // A short pause first: holding j down walks the list without a request per row.
    const timer = window.setTimeout(() => {
      api.invoke('candidates/contexts', { id: currentId, limit: 30 }).then(
        (lines) => live && setContexts(lines),
        (error) => live && reportError(error)
      )
    }, 90)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, currentId, reportError])

  /** The rows an action applies to: the ticked ones, else the one under the cursor. */
  const targets = useCallback((): number[] => {
    if (selected.size > 0) return [...selected]
    return currentId === undefined ? [] : [currentId]
  }, [selected, currentId])

  const afterAction = useCallback((message: string) => {
    setSelected(new Set())
    refresh()
    void undoToast(message, refresh)
  }, [refresh, undoToast])

  const review = useCallback(async (verb: 'accept' | 'reject' | 'skip') => {
    const ids = targets()
    if (ids.length === 0) return
    try {
      if (verb === 'accept') {
        const { conceptIds } = await api.invoke('candidates/accept', { ids })
        afterAction(t('candidates.done.accepted', { count: ids.length }))
        // One accepted term opens straight in the entry editor, ready for its Chinese equivalent.
        const conceptId = conceptIds[0]
        if (ids.length === 1 && conceptId !== undefined) navigate('termbase', { conceptId })
      } else {
        await api.invoke(verb === 'reject' ? 'candidates/reject' : 'candidates/skip', { ids })
        afterAction(t(verb === 'reject' ? 'candidates.done.rejected' : 'candidates.done.skipped',
          { count: ids.length }))
      }
    } catch (error) {
      reportError(error)
    }
  }, [api, afterAction, navigate, reportError, t, targets])

  const finishEdit = useCallback(async (id: number, term: string | null) => {
    setEditingId(null)
    if (term === null) return
    try {
      await api.invoke('candidates/edit', { id, term })
      afterAction(t('candidates.done.edited', { term }))
    } catch (error) {
      reportError(error)
    }
  }, [api, afterAction, reportError, t])

  const merge = useCallback(async (target: MergeTarget) => {
    const sources = merging ?? []
    setMerging(null)
    try {
      await api.invoke('candidates/merge', { ids: sources.map((s) => s.id), ...target })
      afterAction(t('candidates.done.merged', { count: sources.length }))
    } catch (error) {
      reportError(error)
    }
  }, [api, afterAction, merging, reportError, t])

  const openMerge = useCallback(() => {
    const ids = targets()
    const rows = ids.map((id) => {
      for (let i = 0; i < total; i++) {
        const row = list.rowAt(i)
        if (row?.id === id) return row
      }
      return undefined
    }).filter((row): row is CandidateRow => row !== undefined)
    if (rows.length > 0) setMerging(rows)
  }, [targets, total, list])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (merging || editingId !== null || isTypingTarget(event.target)) return
      const command = reviewKey(event)
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
      } else {
        void review(command)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [cursor, total, currentId, merging, editingId, openMerge, review])

  const onRowClick = useCallback((index: number, event: MouseEvent) => {
    setCursor(index)
    if (event.shiftKey) {
      setSelected((s) => new Set([...s, ...rangeIds(list.rowAt, anchor, index)]))
    } else {
      setAnchor(index)
    }
  }, [anchor, list.rowAt])

  const onToggle = useCallback((id: number) => setSelected((s) => toggleId(s, id)), [])
  const onEditDone = useCallback((id: number, term: string | null) => void finishEdit(id, term), [finishEdit])

  const statusOptions: [StatusFilter, string][] = useMemo(() => [
    ['new', t('candidates.status.new')],
    ['accepted', t('candidates.status.accepted')],
    ['rejected', t('candidates.status.rejected')],
    ['skipped', t('candidates.status.skipped')],
    ['all', t('candidates.status.all')]
  ], [t])
  const sortOptions: [SortKey, string][] = [
    ['score', t('candidates.column.score')],
    ['freq', t('candidates.column.freq')],
    ['docs', t('candidates.column.docs')],
    ['term', t('candidates.column.term')]
  ]

  const locale = i18n.language
  const percent = progressPercent(mining.state.done, mining.state.total)
  const neverMined = list.total === 0 && status === 'new' && query === '' && !mining.state.summary
  const mineButton = (prominent: boolean) => (
    <button type="button" className={prominent ? 'button button-primary' : 'button'} data-testid="mine-button"
      disabled={mining.state.running} onClick={() => void mining.start()}>
      {mining.state.running ? t('candidates.mining') : t('candidates.mine')}
    </button>
  )

  return (
    <section className="screen split-screen candidates-screen" data-testid="candidates-screen">
      <div className="screen-toolbar filter-bar">
        <input className="text-input" type="search" value={text} data-testid="candidate-filter"
          placeholder={t('candidates.filter')} aria-label={t('candidates.filter')}
          onChange={(event) => setText(event.target.value)} />
        <label className="field-inline">
          <span>{t('candidates.statusFilter')}</span>
          <select value={status} data-testid="candidate-status-filter"
            onChange={(event) => setStatus(event.target.value as StatusFilter)}>
            {statusOptions.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <label className="field-inline">
          <span>{t('candidates.sortBy')}</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
            {sortOptions.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <span className="screen-summary" data-testid="candidate-count">
          {list.total !== null && t('candidates.count', { count: total, n: formatNumber(total, locale) })}
        </span>
        {!neverMined && mineButton(false)}
      </div>
      {mining.state.running && (
        <div className="panel import-panel" data-testid="mining-progress">
          <div className="import-row">
            <span className="import-label">{t('candidates.mining')}</span>
            <span className="import-message">{mining.state.message}</span>
            {percent !== null && <span className="import-percent">{formatNumber(percent, locale)} %</span>}
            <button type="button" className="button button-quiet"
              onClick={mining.cancel}>{t('common.cancel')}</button>
          </div>
          <div className={percent === null ? 'progress progress-indeterminate' : 'progress'}
            role="progressbar"
            aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent ?? undefined}>
            <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
          </div>
        </div>
      )}
      {selected.size > 0 && (
        <div className="bulk-bar" data-testid="bulk-bar">
          <span>
            {t('candidates.selected', { count: selected.size, n: formatNumber(selected.size, locale) })}
          </span>
          <button type="button" className="button button-primary" data-testid="bulk-accept"
            onClick={() => void review('accept')}>{t('candidates.accept')}</button>
          <button type="button" className="button" data-testid="bulk-reject"
            onClick={() => void review('reject')}>{t('candidates.reject')}</button>
          <button type="button" className="button" onClick={openMerge}>{t('candidates.mergeAction')}</button>
          <button type="button" className="button button-quiet" onClick={() => setSelected(new Set())}>
            {t('candidates.clearSelection')}
          </button>
        </div>
      )}
      {neverMined && !mining.state.running ? (
        <EmptyState icon={<CandidatesIcon />} title={t('candidates.emptyTitle')}
          body={t('candidates.emptyBody')}>
          {mineButton(true)}
        </EmptyState>
      ) : (
        <div className="split">
          <div className="split-main">
            <CandidateList total={total} version={list.version} rowAt={list.rowAt} ensure={list.ensure}
              cursor={cursor} selected={selected} editingId={editingId} onRowClick={onRowClick}
              onToggle={onToggle} onEditDone={onEditDone} />
            <ShortcutLegend />
          </div>
          <aside className="split-side panel" data-testid="candidate-detail">
            {current ? (
              <>
                <header className="detail-header">
                  <h2 className="detail-title">{current.term}</h2>
                  <div className="detail-actions">
                    <button type="button" className="button button-primary" data-testid="accept-button"
                      onClick={() => void review('accept')}>{t('candidates.accept')}</button>
                    <button type="button" className="button" data-testid="reject-button"
                      onClick={() => void review('reject')}>{t('candidates.reject')}</button>
                    <button type="button" className="button button-quiet" data-testid="skip-button"
                      onClick={() => void review('skip')}>{t('candidates.skip')}</button>
                  </div>
                </header>
                <p className="detail-stats">
                  {t('candidates.stats', {
                    freq: formatNumber(current.freq, locale),
                    docs: formatNumber(current.docs, locale),
                    score: formatScore(current.score, locale)
                  })}
                </p>
                {current.variants.length > 0 && (
                  <p className="detail-variants">
                    {t('candidates.column.variants')}: {current.variants.join(' · ')}
                  </p>
                )}
                <h3 className="section-title">{t('candidates.contexts')}</h3>
                {contexts === null ? <div className="loading">{t('common.loading')}</div>
                  : <KwicLines lines={contexts} testId="candidate-contexts" />}
              </>
            ) : (
              <p className="muted">{t('candidates.noneSelected')}</p>
            )}
          </aside>
        </div>
      )}
      {merging && <MergeDialog sources={merging} onPick={(target) => void merge(target)}
        onClose={() => setMerging(null)} />}
    </section>
  )
}
