import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Concept, DuplicateTerm } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import type { LeaveGuard } from '../../components/navigation'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { useApiQuery } from '../../data/use-api-query'
import { type ApiError, toApiError } from '../../lib/api-error'
import { conceptChanges } from './concept-changes'
import { conceptName } from './concept-name'
import { draftFromConcept, draftToSave, type EditorDraft, emptyDraft, sameDraft } from './draft'
import { type TwoPreferred, twoPreferredQuestion } from './two-preferred-dialog'
import { useEditorGuard } from './use-editor-guard'

export interface EditorProps {
  /** null: a new concept. */
  conceptId: number | null
  onSaved: (id: number) => void
  onDeleted: () => void
  /** Opens another concept; the editor has already dealt with its own unsaved edits. */
  onOpen: (id: number) => void
  /** Where the editor puts its "Unsaved changes" question, for the screen's other ways out to ask. */
  leaveGuard: { current: LeaveGuard | null }
}

/**
 * One concept being edited: the stored concept and its usage (reloaded on outside changes; unsaved edits are
 * kept, an untouched draft follows), the draft, save, delete and merge, and the questions they may raise.
 */
export function useConceptEditor({ conceptId, onSaved, onDeleted, onOpen, leaveGuard }: EditorProps) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [concept, setConcept] = useState<Concept | null>(null)
  const [draft, setDraft] = useState<EditorDraft>(emptyDraft)
  const [loaded, setLoaded] = useState<EditorDraft>(emptyDraft)
  const [duplicates, setDuplicates] = useState<DuplicateTerm[] | null>(null)
  /** A save refused for a second preferred term: the question, and whether duplicates were allowed then. */
  const [twoPreferred, setTwoPreferred] = useState<(TwoPreferred & { allowDuplicates: boolean }) | null>(null)
  const [overwrote, setOverwrote] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const dirty = !sameDraft(draft, loaded)
  const dirtyRef = useRef(dirty)
  dirtyRef.current = dirty

  // Deleted meanwhile (here, by an undo, or in another window): the editor closes, nothing failed.
  const answered = useRef(false)
  const onGone = (error: ApiError) => {
    if (error.code === 'not-found' && answered.current) return onDeleted()
    reportError(error)
    setConcept(null)
  }
  const enabled = conceptId !== null
  const found = useApiQuery(
    'termbase/get',
    { id: conceptId ?? 0 },
    { enabled, refreshOn: conceptChanges, onError: onGone }
  )
  // A concept gone is said once, by the read of the concept itself.
  const usage = useApiQuery(
    'termbase/usage',
    { id: conceptId ?? 0 },
    { enabled, refreshOn: conceptChanges, onError: (error) => error.code !== 'not-found' && reportError(error) }
  )
  useEffect(() => {
    if (found.error || found.data) answered.current = true
    if (!found.data) return
    setConcept(found.data)
    if (dirtyRef.current) return
    const fresh = draftFromConcept(found.data)
    setDraft(fresh)
    setLoaded(fresh)
  }, [found.data, found.error])

  const { refresh: reloadConcept } = found
  const { refresh: reloadUsage } = usage
  const reload = useCallback(() => {
    reloadConcept()
    reloadUsage()
  }, [reloadConcept, reloadUsage])

  /**
   * Resolves true once the draft is stored; false when it was not (duplicates to confirm, a second preferred
   * term to confirm, an error).
   */
  const save = useCallback(
    async (allowDuplicates = false, allowTwoPreferred = false): Promise<boolean> => {
      if (saving) return false
      setSaving(true)
      setTwoPreferred(null)
      try {
        const result = await api.invoke('termbase/save', draftToSave(draft, allowDuplicates, allowTwoPreferred))
        if (!result.saved) {
          setDuplicates(result.duplicates)
          return false
        }
        setDuplicates(null)
        setOverwrote(result.overwrote ? result.overwrote.modifiedAt : null)
        if (result.concept) {
          const fresh = draftFromConcept(result.concept)
          setConcept(result.concept)
          setDraft(fresh)
          setLoaded(fresh)
          showToast({ message: t('termbase.saved') })
          onSaved(result.concept.id)
        }
        return true
      } catch (error) {
        const question = twoPreferredQuestion(toApiError(error))
        if (question) setTwoPreferred({ ...question, allowDuplicates })
        else reportError(error)
        return false
      } finally {
        setSaving(false)
      }
    },
    [api, draft, onSaved, reportError, saving, showToast, t]
  )
  const { guard, asking, saveLatest } = useEditorGuard({ dirty, save, leaveGuard })

  const remove = async () => {
    if (!concept) return
    try {
      await api.invoke('termbase/delete', { id: concept.id })
      onDeleted()
      const name = conceptName(concept.terms)
      await undoToast(name ? t('termbase.deletedNamed', { name }) : t('termbase.deleted', { id: concept.id }))
    } catch (error) {
      reportError(error)
    }
  }

  // Merging keeps this draft's edits: it is saved first (duplicates allowed), then folded into the target.
  const mergeInto = async (targetId: number) => {
    try {
      const result = await api.invoke('termbase/save', draftToSave(draft, true))
      const sourceId = result.concept?.id
      if (sourceId === undefined) return
      await api.invoke('termbase/merge', { targetId, sourceId })
      setDuplicates(null)
      onOpen(targetId)
    } catch (error) {
      reportError(error)
    }
  }

  return {
    concept,
    usage: usage.data ?? null,
    draft,
    setDraft,
    dirty,
    saving,
    overwrote,
    duplicates,
    setDuplicates,
    twoPreferred,
    setTwoPreferred,
    asking,
    guard,
    save,
    saveLatest,
    remove,
    mergeInto,
    reload
  }
}

export type ConceptEditorState = ReturnType<typeof useConceptEditor>
