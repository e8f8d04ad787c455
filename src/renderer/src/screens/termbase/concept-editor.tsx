import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Concept, DuplicateTerm, UsagePoint } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { TrashIcon } from '../../components/icons'
import type { LeaveGuard } from '../../components/navigation'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { toApiError } from '../../lib/api-error'
import { formatDateTime } from '../../lib/format'
import { CollocationsSection } from './collocations-section'
import { conceptName } from './concept-name'
import { draftFromConcept, draftToSave, type EditorDraft, emptyDraft, sameDraft } from './draft'
import { DuplicateDialog, useConceptNames } from './duplicate-dialog'
import { ExamplesSection } from './examples-section'
import { HistoryPanel } from './history-panel'
import { ImportedFields } from './imported-fields'
import { shownValue, sourceLabels, storedValue } from './known-values'
import { TermRows } from './term-rows'
import { UnsavedDialog } from './unsaved-dialog'
import { UnsavedGuard } from './unsaved-guard'
import { UsageChart } from './usage-chart'

interface EditorProps {
  /** null: a new concept. */
  conceptId: number | null
  /** Bumped on every 'changed' event, so an idle editor picks up undo/redo and other windows. */
  version: number
  onSaved: (id: number) => void
  onDeleted: () => void
  /** Opens another concept; the editor has already dealt with its own unsaved edits. */
  onOpen: (id: number) => void
  /** Where the editor puts its "Unsaved changes" question, for the screen's other ways out to ask. */
  leaveGuard: { current: LeaveGuard | null }
}

/** The entry editor: terms per language, concept fields, examples, usage over time, history. */
export function ConceptEditor({ conceptId, version, onSaved, onDeleted, onOpen, leaveGuard }: EditorProps) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [concept, setConcept] = useState<Concept | null>(null)
  const [draft, setDraft] = useState<EditorDraft>(emptyDraft)
  const [loaded, setLoaded] = useState<EditorDraft>(emptyDraft)
  const [usage, setUsage] = useState<UsagePoint[] | null>(null)
  const [duplicates, setDuplicates] = useState<DuplicateTerm[] | null>(null)
  const duplicateNames = useConceptNames(duplicates?.map((dup) => dup.conceptId) ?? [])
  const [overwrote, setOverwrote] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [asking, setAsking] = useState(false)
  const dirty = !sameDraft(draft, loaded)
  const dirtyRef = useRef(dirty)
  dirtyRef.current = dirty
  const locale = i18n.language

  // The parent passes a new function each render: read through a ref so `load` (an effect dependency) stays put.
  const onDeletedRef = useRef(onDeleted)
  onDeletedRef.current = onDeleted
  const load = useCallback(
    async (id: number, keepEdits: boolean, closeIfGone = false) => {
      try {
        const [found, points] = await Promise.all([
          api.invoke('termbase/get', { id }),
          api.invoke('termbase/usage', { id })
        ])
        setConcept(found)
        setUsage(points)
        if (!keepEdits) {
          const fresh = draftFromConcept(found)
          setDraft(fresh)
          setLoaded(fresh)
        }
      } catch (error) {
        // Deleted meanwhile (here, by an undo, or in another window): the editor closes, nothing failed.
        if (closeIfGone && toApiError(error).code === 'not-found') return onDeletedRef.current()
        reportError(error)
        setConcept(null)
      }
    },
    [api, reportError]
  )

  useEffect(() => {
    setOverwrote(null)
    setDuplicates(null)
    if (conceptId === null) {
      const fresh = emptyDraft()
      setConcept(null)
      setUsage(null)
      setDraft(fresh)
      setLoaded(fresh)
    } else {
      void load(conceptId, false)
    }
  }, [conceptId, load])

  // Outside changes (undo, redo, another window) reload an untouched editor; unsaved edits are kept.
  const firstVersion = useRef(version)
  useEffect(() => {
    if (version === firstVersion.current || conceptId === null) return
    void load(conceptId, dirtyRef.current, true)
  }, [version, conceptId, load])

  /** Resolves true once the draft is stored; false when it was not (duplicates to confirm, an error). */
  const save = useCallback(
    async (allowDuplicates = false): Promise<boolean> => {
      if (saving) return false
      setSaving(true)
      try {
        const result = await api.invoke('termbase/save', draftToSave(draft, allowDuplicates))
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
        reportError(error)
        return false
      } finally {
        setSaving(false)
      }
    },
    [api, draft, onSaved, reportError, saving, showToast, t]
  )

  // Every way out of a dirty editor asks first: the screen's (another concept, a new one, another screen,
  // through `leaveGuard`) and the editor's own (a duplicate's concept). Reads the latest save through a ref.
  const saveRef = useRef(save)
  saveRef.current = save
  const [guard] = useState(
    () =>
      new UnsavedGuard({
        isDirty: () => dirtyRef.current,
        save: () => saveRef.current(),
        onAsking: setAsking
      })
  )
  useEffect(() => {
    leaveGuard.current = guard.request
    return () => {
      if (leaveGuard.current === guard.request) leaveGuard.current = null
    }
  }, [guard, leaveGuard])

  // Closing or reloading the window with edits: the browser (or Electron's main process) asks too.
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older Chromium shows its prompt only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void save()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [save])

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

  const field = (key: 'definition' | 'domain' | 'note' | 'source', multiline: boolean) => {
    const labels = {
      definition: t('termbase.field.definition'),
      domain: t('termbase.field.domain'),
      note: t('termbase.field.note'),
      source: t('termbase.field.source')
    }
    // Source shows what the app records ("mined") in the UI language; typed text is kept as typed.
    const known = key === 'source' ? sourceLabels(t) : {}
    const props = {
      className: 'text-input',
      value: shownValue(draft[key], known),
      'data-testid': `concept-${key}`,
      onChange: (event: { target: { value: string } }) =>
        setDraft((d) => ({ ...d, [key]: storedValue(event.target.value, known) }))
    }
    return (
      <label className={`field field-${key}`}>
        <span>{labels[key]}</span>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
      </label>
    )
  }

  if (conceptId !== null && !concept)
    return (
      <div className="loading" role="status">
        {t('common.loading')}
      </div>
    )
  return (
    <div className="editor" data-testid="concept-editor" data-concept-id={concept?.id ?? ''}>
      <header className="editor-header">
        <h2 className="editor-title">
          {concept ? t('termbase.conceptTitle', { id: concept.id }) : t('termbase.newConcept')}
        </h2>
        {dirty && (
          <span className="badge" data-testid="unsaved">
            {t('termbase.unsaved')}
          </span>
        )}
        <span className="push-end" />
        {concept && (
          <button
            type="button"
            className="button button-danger"
            data-testid="concept-delete"
            onClick={() => void remove()}
          >
            <TrashIcon />
            {t('termbase.delete')}
          </button>
        )}
        <button
          type="button"
          className="button button-primary"
          data-testid="concept-save"
          disabled={saving}
          title={t('termbase.saveHint')}
          onClick={() => void save()}
        >
          {t('termbase.save')}
        </button>
      </header>
      {overwrote && (
        <div className="notice" role="status" data-testid="overwrote-notice">
          {t('termbase.overwrote', { time: formatDateTime(overwrote, locale) })}
        </div>
      )}
      {concept && (
        <p className="editor-stamps">
          {t('termbase.stamps', {
            created: formatDateTime(concept.createdAt, locale),
            modified: formatDateTime(concept.modifiedAt, locale)
          })}
        </p>
      )}
      <TermRows terms={draft.terms} onChange={(terms) => setDraft((d) => ({ ...d, terms }))} />
      <div className="field-grid">
        {field('definition', true)}
        {field('note', true)}
        {field('domain', false)}
        {field('source', false)}
      </div>
      {concept ? (
        <>
          <ImportedFields extra={concept.extra} />
          <ExamplesSection
            conceptId={concept.id}
            examples={concept.examples}
            onChanged={() => void load(concept.id, true)}
          />
          <CollocationsSection conceptId={concept.id} refreshKey={`${version}|${concept.modifiedAt}`} />
          <section className="editor-section">
            <h3 className="section-title">{t('termbase.usage.title')}</h3>
            {usage && <UsageChart points={usage} />}
          </section>
          <HistoryPanel conceptId={concept.id} refreshKey={`${version}|${concept.modifiedAt}`} />
        </>
      ) : (
        <p className="muted">{t('termbase.saveFirst')}</p>
      )}
      {duplicates && (
        <DuplicateDialog
          duplicates={duplicates}
          names={duplicateNames}
          onClose={() => setDuplicates(null)}
          onMerge={(id) => void mergeInto(id)}
          onSaveAnyway={() => void save(true)}
          onOpen={(id) => {
            setDuplicates(null)
            // The user has seen the duplicate: saving on the way out keeps it as it is, duplicate and all.
            guard.request(
              () => onOpen(id),
              () => saveRef.current(true)
            )
          }}
        />
      )}
      {asking && (
        <UnsavedDialog
          name={concept ? (conceptName(concept.terms) ?? t('termbase.conceptTitle', { id: concept.id })) : null}
          onAnswer={(choice) => void guard.answer(choice)}
        />
      )}
    </div>
  )
}
