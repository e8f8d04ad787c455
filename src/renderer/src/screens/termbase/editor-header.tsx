import { useTranslation } from 'react-i18next'

import { TrashIcon } from '../../components/icons'
import { formatDateTime } from '../../lib/format'
import { headTerm } from './concept-name'
import type { ConceptEditorState } from './use-concept-editor'

/** The editor's title (the head term, the concept's number beside it), unsaved badge, Delete and Save; then a notice if the save overwrote another, and stamps. */
export function EditorHeader({ editor }: { editor: ConceptEditorState }) {
  const { t, i18n } = useTranslation()
  const { concept, dirty, overwrote } = editor
  const locale = i18n.language
  const head = concept ? headTerm(concept.terms) : null
  return (
    <>
      <header className="editor-header">
        <h2 className="editor-title" data-testid="editor-title">
          {concept ? (head ?? t('termbase.conceptTitle', { id: concept.id })) : t('termbase.newConcept')}
        </h2>
        {concept && head && <span className="muted small">{t('termbase.conceptTitle', { id: concept.id })}</span>}
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
            onClick={() => void editor.remove()}
          >
            <TrashIcon />
            {t('termbase.delete')}
          </button>
        )}
        <button
          type="button"
          className="button button-primary"
          data-testid="concept-save"
          disabled={editor.saving}
          title={t('termbase.saveHint')}
          onClick={() => void editor.save()}
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
    </>
  )
}
