import './termbase.css'

import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { type ConceptQuery, TERM_STATUSES, type TermStatus } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { EmptyState } from '../../components/empty-state'
import { useFeedback } from '../../components/feedback'
import { TermBaseIcon } from '../../components/icons'
import { type LeaveGuard, useLeaveGuard, useNavigation } from '../../components/navigation'
import { usePagedList } from '../../components/use-paged-list'
import { formatNumber } from '../../lib/format'
import { ConceptEditor } from './concept-editor'
import { ConceptList } from './concept-list'

const pageSize = 200
type SortKey = NonNullable<ConceptQuery['sort']>

export function TermBaseScreen() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const { target } = useNavigation()
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  const [status, setStatus] = useState<TermStatus | ''>('')
  const [domain, setDomain] = useState('')
  const [missingZh, setMissingZh] = useState(false)
  const [sort, setSort] = useState<SortKey>('term')
  // undefined: nothing open; null: a new, unsaved concept.
  const [selected, setSelected] = useState<number | null | undefined>(target?.conceptId)
  // Bumped by "+ New concept", so a new draft always starts blank, even after one discarded unsaved.
  const [drafts, setDrafts] = useState(0)
  const [version, setVersion] = useState(0)

  // Every way out of the open editor (another concept, a new one, another screen) asks about unsaved
  // edits first; the editor installs the question here while it is open.
  const editorGuard = useRef<LeaveGuard | null>(null)
  const leave = useCallback((proceed: () => void) => {
    const guard = editorGuard.current
    if (guard) guard(proceed)
    else proceed()
  }, [])
  useLeaveGuard(leave)
  const select = (id: number) => {
    if (id !== selected) leave(() => setSelected(id))
  }
  const newConcept = () =>
    leave(() => {
      setSelected(null)
      setDrafts((n) => n + 1)
    })

  useEffect(() => {
    if (target?.conceptId !== undefined) setSelected(target.conceptId)
  }, [target])

  // Instant search: a short pause, not a submit button.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), 80)
    return () => window.clearTimeout(timer)
  }, [text])

  const fetchPage = useCallback(
    (offset: number, limit: number) => {
      const arg: ConceptQuery = { offset, limit, sort }
      if (query) arg.text = query
      if (status) arg.status = status
      if (domain.trim()) arg.domain = domain.trim()
      if (missingZh) arg.missingZh = true
      return api.invoke('termbase/search', arg)
    },
    [api, query, status, domain, missingZh, sort]
  )
  const queryKey = `${query}|${status}|${domain}|${missingZh}|${sort}`
  const list = usePagedList(fetchPage, queryKey, pageSize, reportError)
  const { refresh } = list

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'changed' && ['termbase', 'history', 'workspace', 'mining'].includes(event.area)) {
          refresh()
          setVersion((v) => v + 1)
        }
      }),
    [api, refresh]
  )

  const sortOptions: [SortKey, string][] = [
    ['term', t('termbase.sort.term')],
    ['modified', t('termbase.sort.modified')],
    ['created', t('termbase.sort.created')]
  ]
  const statusLabels: Record<TermStatus, string> = {
    preferred: t('termStatus.preferred'),
    admitted: t('termStatus.admitted'),
    deprecated: t('termStatus.deprecated'),
    forbidden: t('termStatus.forbidden')
  }
  const total = list.total ?? 0

  return (
    <section className="screen split-screen termbase-screen" data-testid="termbase-screen">
      <div className="split">
        <aside className="split-list panel-flat">
          <div className="list-tools">
            <input
              className="text-input"
              type="search"
              value={text}
              data-testid="concept-search"
              placeholder={t('termbase.search')}
              aria-label={t('termbase.search')}
              onChange={(event) => setText(event.target.value)}
            />
            <div className="list-filters">
              <select
                value={status}
                aria-label={t('termbase.filter.status')}
                data-testid="concept-status-filter"
                onChange={(event) => setStatus(event.target.value as TermStatus | '')}
              >
                <option value="">{t('termbase.filter.anyStatus')}</option>
                {TERM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {statusLabels[s]}
                  </option>
                ))}
              </select>
              <input
                className="text-input"
                value={domain}
                placeholder={t('termbase.filter.domain')}
                aria-label={t('termbase.filter.domain')}
                onChange={(event) => setDomain(event.target.value)}
              />
              <select
                value={sort}
                aria-label={t('termbase.sort.label')}
                onChange={(event) => setSort(event.target.value as SortKey)}
              >
                {sortOptions.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="list-filters">
              <label className="check">
                <input
                  type="checkbox"
                  checked={missingZh}
                  data-testid="missing-zh"
                  onChange={(event) => setMissingZh(event.target.checked)}
                />
                {t('termbase.filter.missingZh')}
              </label>
              <span className="hint push-end" data-testid="concept-count">
                {list.total !== null && t('termbase.count', { count: total, n: formatNumber(total, i18n.language) })}
              </span>
            </div>
            <button type="button" className="button button-primary" data-testid="new-concept" onClick={newConcept}>
              + {t('termbase.newConcept')}
            </button>
          </div>
          {list.total === 0 ? (
            <p className="muted list-empty">{query ? t('termbase.noMatches') : t('termbase.empty')}</p>
          ) : (
            <ConceptList
              total={total}
              version={list.version}
              rowAt={list.rowAt}
              ensure={list.ensure}
              selectedId={selected ?? null}
              onSelect={select}
            />
          )}
        </aside>
        <div className="split-editor">
          {selected === undefined ? (
            <EmptyState icon={<TermBaseIcon />} title={t('termbase.pickTitle')} body={t('termbase.pickBody')} />
          ) : (
            <ConceptEditor
              key={selected ?? `new-${drafts}`}
              conceptId={selected}
              version={version}
              onSaved={(id) => setSelected(id)}
              onDeleted={() => setSelected(undefined)}
              onOpen={setSelected}
              leaveGuard={editorGuard}
            />
          )}
        </div>
      </div>
    </section>
  )
}
