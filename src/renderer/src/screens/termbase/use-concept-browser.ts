import { useCallback, useEffect, useRef, useState } from 'react'

import type { ConceptQuery, TermStatus } from '../../../../shared/models'
import { type LeaveGuard, useLeaveGuard, useNavigation } from '../../components/navigation'
import { useDebounced } from '../../data/use-debounced'
import { useApiPages } from '../../data/use-paged-list'
import { conceptChanges } from './concept-changes'

const pageSize = 200
export type SortKey = NonNullable<ConceptQuery['sort']>

/**
 * The term base screen's state: the concept list (search as you type, filters, sort) and which concept the
 * editor holds. Every way out of an open editor (another concept, a new one, another screen) goes through the
 * editor's "Unsaved changes" question, which the editor installs in `editorGuard` while it is open.
 */
export function useConceptBrowser() {
  const { target } = useNavigation()
  const [text, setText] = useState('')
  // Instant search: a short pause, not a submit button.
  const query = useDebounced(text.trim(), 80)
  const [status, setStatus] = useState<TermStatus | ''>('')
  const [domain, setDomain] = useState('')
  const [missingZh, setMissingZh] = useState(false)
  const [sort, setSort] = useState<SortKey>('term')
  // undefined: nothing open; null: a new, unsaved concept.
  const [selected, setSelected] = useState<number | null | undefined>(target?.conceptId)
  // Bumped by "+ New concept", so a new draft always starts blank, even after one discarded unsaved.
  const [drafts, setDrafts] = useState(0)

  const arg: ConceptQuery = { sort }
  if (query) arg.text = query
  if (status) arg.status = status
  if (domain.trim()) arg.domain = domain.trim()
  if (missingZh) arg.missingZh = true
  const list = useApiPages('termbase/search', arg, { pageSize, refreshOn: conceptChanges })

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

  return {
    query: arg,
    filters: { text, setText, query, status, setStatus, domain, setDomain, missingZh, setMissingZh, sort, setSort },
    list,
    selected,
    setSelected,
    drafts,
    select,
    newConcept,
    editorGuard
  }
}

export type ConceptBrowser = ReturnType<typeof useConceptBrowser>
