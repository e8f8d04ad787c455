import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { EquivalentProposal } from '../../../../shared/models'
import { hasHan } from '../../../../shared/script'
import { useApi } from '../../api-context'
import { useApiAction } from '../../data/use-api-action'
import { AddToConceptDialog } from './add-to-concept-dialog'
import { SuggestTable } from './suggest-table'

/**
 * A term in, the renderings the memory uses for it out, each with its evidence: Chinese for an English
 * term, English for a Chinese one (the term's script decides).
 */
export function SuggestPanel() {
  const { t } = useTranslation()
  const api = useApi()
  const { busy, run } = useApiAction()
  const [term, setTerm] = useState('')
  const [asked, setAsked] = useState('')
  const [proposals, setProposals] = useState<EquivalentProposal[] | null>(null)
  const [adding, setAdding] = useState<string | null>(null)
  // Each answer opens with its evidence folded, even for the same term asked again.
  const [answers, setAnswers] = useState(0)

  const askedLang = hasHan(asked) ? 'zh' : 'en'

  const suggest = () => {
    const query = term.trim()
    if (!query) return
    void run(async () => {
      setProposals(await api.invoke('memory/suggest', { term: query, limit: 20 }))
      setAsked(query)
      setAnswers((n) => n + 1)
    })
  }

  return (
    <div className="memory-suggest">
      <form
        className="screen-toolbar"
        onSubmit={(event) => {
          event.preventDefault()
          suggest()
        }}
      >
        <input
          className="text-input suggest-input"
          data-testid="suggest-input"
          value={term}
          placeholder={t('memory.suggest.placeholder')}
          aria-label={t('memory.suggest.placeholder')}
          onChange={(event) => setTerm(event.target.value)}
        />
        <button
          type="submit"
          className="button button-primary"
          data-testid="suggest-run"
          disabled={busy || !term.trim()}
        >
          {t('memory.suggest.run')}
        </button>
      </form>
      {proposals === null ? (
        <p className="muted">{t('memory.suggest.prompt')}</p>
      ) : proposals.length === 0 ? (
        <p className="muted" data-testid="suggest-none">
          {t('memory.suggest.none', { term: asked })}
        </p>
      ) : (
        <SuggestTable key={answers} proposals={proposals} lang={askedLang === 'zh' ? 'en' : 'zh'} onAdd={setAdding} />
      )}
      {adding && (
        <AddToConceptDialog
          term={asked}
          termLang={askedLang}
          proposal={adding}
          proposalLang={askedLang === 'zh' ? 'en' : 'zh'}
          onClose={() => setAdding(null)}
        />
      )}
    </div>
  )
}
