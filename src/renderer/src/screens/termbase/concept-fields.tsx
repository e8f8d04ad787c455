import type { Dispatch, SetStateAction } from 'react'
import { useTranslation } from 'react-i18next'

import type { EditorDraft } from './draft'
import { shownValue, sourceLabels, storedValue } from './known-values'

type FieldKey = 'definition' | 'domain' | 'note' | 'source'

/** The concept's own fields: definition and note (multi-line), domain and source. */
export function ConceptFields(props: { draft: EditorDraft; onChange: Dispatch<SetStateAction<EditorDraft>> }) {
  const { t } = useTranslation()
  const { draft, onChange } = props
  const labels: Record<FieldKey, string> = {
    definition: t('termbase.field.definition'),
    domain: t('termbase.field.domain'),
    note: t('termbase.field.note'),
    source: t('termbase.field.source')
  }
  const field = (key: FieldKey, multiline: boolean) => {
    // Source shows what the app records ("mined") in the UI language; typed text is kept as typed.
    const known = key === 'source' ? sourceLabels(t) : {}
    const props = {
      className: 'text-input',
      value: shownValue(draft[key], known),
      'data-testid': `concept-${key}`,
      onChange: (event: { target: { value: string } }) =>
        onChange((d) => ({ ...d, [key]: storedValue(event.target.value, known) }))
    }
    return (
      <label className={`field field-${key}`}>
        <span>{labels[key]}</span>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
      </label>
    )
  }
  return (
    <div className="field-grid">
      {field('definition', true)}
      {field('note', true)}
      {field('domain', false)}
      {field('source', false)}
    </div>
  )
}
