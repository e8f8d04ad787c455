import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateRow, ConceptRow } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { useFeedback } from '../../components/feedback'

export type MergeTarget = { intoCandidate: number } | { intoConcept: number }

/**
 * Pick what the selected candidates merge into: one of them (the others merge into it), another
 * candidate, or an existing concept.
 */
export function MergeDialog(props: {
  sources: CandidateRow[]
  onPick: (target: MergeTarget) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [text, setText] = useState(props.sources[0]?.term ?? '')
  const [candidates, setCandidates] = useState<CandidateRow[]>([])
  const [concepts, setConcepts] = useState<ConceptRow[]>([])
  const sourceIds = new Set(props.sources.map((s) => s.id))

  useEffect(() => {
    let live = true
    const timer = window.setTimeout(() => {
      const query = text.trim()
      Promise.all([
        api.invoke('mining/candidates', {
          text: query,
          limit: 20,
          status: 'all',
          sort: 'score',
          descending: true
        }),
        api.invoke('termbase/search', { text: query, limit: 20 })
      ]).then(([c, k]) => {
        if (!live) return
        setCandidates(c.rows)
        setConcepts(k.rows)
      }, reportError)
    }, 120)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, text, reportError])

  return (
    <Dialog
      title={t('candidates.merge.title', { count: props.sources.length })}
      onClose={props.onClose}
      testId="merge-dialog"
      wide
    >
      <input
        className="text-input"
        type="search"
        value={text}
        data-testid="merge-search"
        aria-label={t('candidates.merge.search')}
        placeholder={t('candidates.merge.search')}
        onChange={(event) => setText(event.target.value)}
      />
      {props.sources.length > 1 && (
        <section data-testid="merge-into-selected">
          <h3 className="section-title">{t('candidates.merge.intoSelected')}</h3>
          <CandidatePicks
            candidates={props.sources}
            testId="merge-pick-selected"
            onPick={(id) => props.onPick({ intoCandidate: id })}
          />
        </section>
      )}
      <div className="merge-columns">
        <section>
          <h3 className="section-title">{t('candidates.merge.intoCandidate')}</h3>
          {/* A merged candidate stands for its group: offer the group's candidate instead. */}
          <CandidatePicks
            candidates={candidates.filter((c) => !sourceIds.has(c.id) && c.status !== 'merged')}
            testId="merge-pick-candidate"
            onPick={(id) => props.onPick({ intoCandidate: id })}
          />
        </section>
        <section>
          <h3 className="section-title">{t('candidates.merge.intoConcept')}</h3>
          <ul className="pick-list">
            {concepts.map((c) => (
              <li key={c.id}>
                <button type="button" className="pick-item" onClick={() => props.onPick({ intoConcept: c.id })}>
                  {[...c.en, ...c.zh].join(' · ') || `#${c.id}`}
                </button>
              </li>
            ))}
            {concepts.length === 0 && <li className="muted">{t('candidates.merge.noConcepts')}</li>}
          </ul>
        </section>
      </div>
    </Dialog>
  )
}

/** A list of candidates to pick as the merge target, one button each. */
function CandidatePicks(props: {
  candidates: { id: number; term: string }[]
  testId: string
  onPick: (id: number) => void
}) {
  return (
    <ul className="pick-list">
      {props.candidates.map((c) => (
        <li key={c.id}>
          <button type="button" className="pick-item" data-testid={props.testId} onClick={() => props.onPick(c.id)}>
            {c.term}
          </button>
        </li>
      ))}
    </ul>
  )
}
