import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Concept, DuplicateTerm, UsagePoint } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { useFeedback } from '../../components/feedback'
import { TrashIcon } from '../../components/icons'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { formatDateTime } from '../../lib/format'
import { draftFromConcept, draftToSave, emptyDraft, sameDraft, type EditorDraft } from './draft'
import { CollocationsSection } from './collocations-section'
import { ExamplesSection } from './examples-section'
import { HistoryPanel } from './history-panel'
import { TermRows } from './term-rows'
import { UsageChart } from './usage-chart'
import { toApiError } from '../../lib/api-error'

interface EditorProps {
  /** null: a new concept. */
  conceptId: number | null
  /** Bumped on every 'changed' event, so an idle editor picks up undo/redo and other windows. */
  version: number
  onSaved: (id: number) => void
  onDeleted: () => void
  onOpen: (id: number) => void
}

/** The entry editor: terms per language, concept fields, examples, usage over time, history. */
export function ConceptEditor({ conceptId, version, onSaved, onDeleted, onOpen }: EditorProps) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [concept, setConcept] = useState<Concept | null>(null)
  const [draft, setDraft] = useState<EditorDraft>(emptyDraft)
  const [loaded, setLoaded] = useState<EditorDraft>(emptyDraft)
  const [usage, setUsage] = useState<UsagePoint[] | null>(null)
  const [duplicates, setDuplicates] = useState<DuplicateTerm[] | null>(null)
  const [overwrote, setOverwrote] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const dirty = !sameDraft(draft, loaded)
  const dirtyRef = useRef(dirty)
  dirtyRef.current = dirty
  const locale = i18n.language

  // The parent passes a new function each render: read through a ref so `load` (an effect dependency) stays put.
  const onDeletedRef = useRef(onDeleted)
  onDeletedRef.current = onDeleted
  const load = useCallback(async (id: number, keepEdits: boolean, closeIfGone = false) => {
    try {
      const [found, points] = await Promise.all([
        api.invoke('concepts/get', { id }),
        api.invoke('concepts/usage', { id })
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
  }, [api, reportError])

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

  const save = useCallback(async (allowDuplicates = false) => {
    if (saving) return
    setSaving(true)
    try {
      const result = await api.invoke('concepts/save', draftToSave(draft, allowDuplicates))
      if (!result.saved) {
        setDuplicates(result.duplicates)
        return
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
    } catch (error) {
      reportError(error)
    } finally {
      setSaving(false)
    }
  }, [api, draft, onSaved, reportError, saving, showToast, t])

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
      await api.invoke('concepts/delete', { id: concept.id })
      onDeleted()
      await undoToast(t('termbase.deleted'))
    } catch (error) {
      reportError(error)
    }
  }

  // Merging keeps this draft's edits: it is saved first (duplicates allowed), then folded into the target.
  const mergeInto = async (targetId: number) => {
    try {
      const result = await api.invoke('concepts/save', draftToSave(draft, true))
      const sourceId = result.concept?.id
      if (sourceId === undefined) return
      await api.invoke('concepts/merge', { targetId, sourceId })
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
    const props = {
      className: 'text-input',
      value: draft[key],
      'data-testid': `concept-${key}`,
      onChange: (event: { target: { value: string } }) =>
        setDraft((d) => ({ ...d, [key]: event.target.value }))
    }
    return (
      <label className={`field field-${key}`}>
        <span>{labels[key]}</span>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
      </label>
    )
  }

  if (conceptId !== null && !concept) return <div className="loading"
    role="status">{t('common.loading')}</div>
  return (
    <div className="editor" data-testid="concept-editor" data-concept-id={concept?.id ?? ''}>
      <header className="editor-header">
        <h2 className="editor-title">
          {concept ? t('termbase.conceptTitle', { id: concept.id }) : t('termbase.newConcept')}
        </h2>
        {dirty && <span className="badge" data-testid="unsaved">{t('termbase.unsaved')}</span>}
        <span className="push-end" />
        {concept && (
          <button type="button" className="button button-danger" data-testid="concept-delete"
            onClick={() => void remove()}>
            <TrashIcon />{t('termbase.delete')}
          </button>
        )}
        <button type="button" className="button button-primary" data-testid="concept-save" disabled={saving}
          title={t('termbase.saveHint')} onClick={() => void save()}>
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
          <ExamplesSection conceptId={concept.id} examples={concept.examples}
            onChanged={() => void load(concept.id, true)} />
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
        <Dialog title={t('termbase.duplicates.title')} onClose={() => setDuplicates(null)}
          testId="duplicate-dialog">
          <ul className="duplicate-list">
            {duplicates.map((dup) => (
              <li key={`${dup.conceptId}-${dup.lang}-${dup.text}`}>
                <p>{t('termbase.duplicates.exists', { text: dup.text, id: dup.conceptId })}</p>
                <div className="dialog-actions">
                  <button type="button" className="button" data-testid="duplicate-open"
                    onClick={() => {
                      setDuplicates(null)
                      onOpen(dup.conceptId)
                    }}>{t('termbase.duplicates.open')}</button>
                  <button type="button" className="button" data-testid="duplicate-merge"
                    onClick={() => void mergeInto(dup.conceptId)}>{t('termbase.duplicates.merge')}</button>
                </div>
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" data-testid="duplicate-save-anyway"
              onClick={() => void save(true)}>{t('termbase.duplicates.saveAnyway')}</button>
            <button type="button" className="button button-quiet" onClick={() => setDuplicates(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  )
}
