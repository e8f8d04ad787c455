import { useTranslation } from 'react-i18next'
import { TERM_STATUSES, type TermStatus } from '../../../../shared/models'
import { TermStatusBadge } from '../../components/term-status-badge'
import { blankTerm, groupTerms, type DraftTerm } from './draft'

interface TermRowsProps {
  terms: DraftTerm[]
  onChange: (terms: DraftTerm[]) => void
}

/** The terms of a concept, grouped by language, several per language, each with its own status. */
export function TermRows({ terms, onChange }: TermRowsProps) {
  const { t } = useTranslation()
  const groupNames: Record<string, string> = { en: t('language.en'), zh: t('language.zh') }
  const statusLabels: Record<TermStatus, string> = {
    preferred: t('termStatus.preferred'),
    admitted: t('termStatus.admitted'),
    deprecated: t('termStatus.deprecated'),
    forbidden: t('termStatus.forbidden')
  }
  const update = (key: string, patch: Partial<DraftTerm>) =>
    onChange(terms.map((term) => (term.key === key ? { ...term, ...patch } : term)))
  const remove = (key: string) => onChange(terms.filter((term) => term.key !== key))
  const add = (lang: string) => onChange([...terms, blankTerm(lang)])

  return (
    <div className="term-groups">
      {groupTerms(terms).map((group) => (
        <section className="term-group" key={group.lang} data-lang={group.lang}
          data-testid={`terms-${group.lang}`}>
          <header className="term-group-header">
            <h3 className="section-title">{groupNames[group.lang] ?? group.lang}</h3>
            {(group.lang === 'en' || group.lang === 'zh') && (
              <button type="button" className="button button-quiet button-small"
                data-testid={`add-term-${group.lang}`}
                onClick={() => add(group.lang === 'zh' ? 'zh-CN' : 'en')}>
                + {t('termbase.addTerm')}
              </button>
            )}
          </header>
          {group.terms.length === 0 && <p className="muted small">{t('termbase.noTerms')}</p>}
          {group.terms.map((term) => (
            <div className={`term-row term-${term.status}`} key={term.key} data-testid="term-row">
              <input
                className="text-input term-text"
                data-testid="term-text"
                lang={group.lang === 'zh' ? 'zh-CN' : group.lang}
                value={term.text}
                aria-label={t('termbase.termText', { lang: groupNames[group.lang] ?? term.lang })}
                placeholder={t('termbase.termText', { lang: groupNames[group.lang] ?? term.lang })}
                onChange={(event) => update(term.key, { text: event.target.value })}
              />
              <select
                className={`status-select status-${term.status}`}
                data-testid="term-status"
                value={term.status}
                aria-label={t('termbase.status')}
                onChange={(event) => update(term.key, { status: event.target.value as TermStatus })}
              >
                {TERM_STATUSES.map((status) => <option key={status}
                  value={status}>{statusLabels[status]}</option>)}
              </select>
              <TermStatusBadge status={term.status} />
              <button type="button" className="icon-button" aria-label={t('termbase.removeTerm')}
                title={t('termbase.removeTerm')} data-testid="remove-term" onClick={() => remove(term.key)}>
                ×
              </button>
              <input className="text-input term-pos" value={term.pos} aria-label={t('termbase.pos')}
                placeholder={t('termbase.pos')}
                  onChange={(event) => update(term.key, { pos: event.target.value })} />
              <input className="text-input term-usage" value={term.usageNote}
                aria-label={t('termbase.usageNote')}
                placeholder={t('termbase.usageNote')}
                onChange={(event) => update(term.key, { usageNote: event.target.value })} />
            </div>
          ))}
        </section>
      ))}
    </div>
  )
}
