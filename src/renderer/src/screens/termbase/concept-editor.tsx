import { useTranslation } from 'react-i18next'

import { ConceptFields } from './concept-fields'
import { conceptName } from './concept-name'
import { ConceptSections } from './concept-sections'
import { DuplicateDialog } from './duplicate-dialog'
import { EditorHeader } from './editor-header'
import { MinedForms } from './mined-forms'
import { TermRows } from './term-rows'
import { TwoPreferredDialog } from './two-preferred-dialog'
import { UnsavedDialog } from './unsaved-dialog'
import { type EditorProps, useConceptEditor } from './use-concept-editor'
import { useConceptNames } from './use-concept-names'

/** The entry editor: terms per language, concept fields, examples, usage over time, history. */
export function ConceptEditor(props: EditorProps) {
  const { t } = useTranslation()
  const editor = useConceptEditor(props)
  const { concept, draft, setDraft, duplicates, guard } = editor
  const duplicateNames = useConceptNames(duplicates?.map((dup) => dup.conceptId) ?? [])

  if (props.conceptId !== null && !concept)
    return (
      <div className="loading" role="status">
        {t('common.loading')}
      </div>
    )
  return (
    <div className="editor" data-testid="concept-editor" data-concept-id={concept?.id ?? ''}>
      <EditorHeader editor={editor} />
      <TermRows terms={draft.terms} onChange={(terms) => setDraft((d) => ({ ...d, terms }))} />
      <MinedForms
        forms={concept?.minedForms}
        terms={draft.terms}
        onPromote={(term) => setDraft((d) => ({ ...d, terms: [...d.terms, term] }))}
      />
      <ConceptFields draft={draft} onChange={setDraft} />
      {concept ? (
        <ConceptSections concept={concept} usage={editor.usage} onChanged={editor.reload} />
      ) : (
        <p className="muted">{t('termbase.saveFirst')}</p>
      )}
      {duplicates && (
        <DuplicateDialog
          duplicates={duplicates}
          names={duplicateNames}
          onClose={() => editor.setDuplicates(null)}
          onMerge={(id) => void editor.mergeInto(id)}
          onSaveAnyway={() => void editor.save(true)}
          onOpen={(id) => {
            editor.setDuplicates(null)
            // The user has seen the duplicate: saving on the way out keeps it as it is, duplicate and all.
            guard.request(
              () => props.onOpen(id),
              () => editor.saveLatest(true)
            )
          }}
        />
      )}
      {editor.twoPreferred && (
        <TwoPreferredDialog
          question={editor.twoPreferred}
          onClose={() => editor.setTwoPreferred(null)}
          onKeepBoth={() => void editor.save(editor.twoPreferred?.allowDuplicates ?? false, true)}
        />
      )}
      {editor.asking && (
        <UnsavedDialog
          name={concept ? (conceptName(concept.terms) ?? t('termbase.conceptTitle', { id: concept.id })) : null}
          onAnswer={(choice) => void guard.answer(choice)}
        />
      )}
    </div>
  )
}
