import { useTranslation } from 'react-i18next'

import { detectLanguage } from '../../../../shared/script'
import type { TermStatus } from '../../../../shared/vocabulary'
import { blankTerm, type DraftTerm } from './draft'

/** A mined form as a new term row (admitted, in the form's language), for the reviewer to save. */
export function promotedTerm(form: string): DraftTerm {
  const lang = detectLanguage(form) === 'zh' ? 'zh-CN' : 'en'
  return { ...blankTerm(lang), text: form, status: 'admitted' satisfies TermStatus }
}

/**
 * Forms mining found for the concept that are not its terms (variants of merged candidates): read-only,
 * never exported; "Add as term" promotes one into the draft (saved with the concept, like any new term).
 */
export function MinedForms(props: {
  forms: string[] | undefined
  terms: DraftTerm[]
  onPromote: (term: DraftTerm) => void
}) {
  const { t } = useTranslation()
  const taken = new Set(props.terms.map((term) => term.text.trim().toLowerCase()))
  const forms = (props.forms ?? []).filter((form) => !taken.has(form.trim().toLowerCase()))
  if (forms.length === 0) return null
  return (
    <section className="editor-section" data-testid="mined-forms">
      <h3 className="section-title">{t('termbase.minedForms.title')}</h3>
      <p className="muted small">{t('termbase.minedForms.hint')}</p>
      <ul className="mined-forms">
        {forms.map((form) => (
          <li key={form} className="mined-form">
            <span>{form}</span>
            <button
              type="button"
              className="button button-small"
              data-testid="mined-form-promote"
              onClick={() => props.onPromote(promotedTerm(form))}
            >
              {t('termbase.minedForms.promote')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
