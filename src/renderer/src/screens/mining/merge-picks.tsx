import { useTranslation } from 'react-i18next'

import type { ConceptRow } from '../../../../shared/models'

/** A list of candidates to pick as the merge target, one button each. */
export function CandidatePicks(props: {
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

/** Concepts to merge into, named by their terms, or a line saying there are none. */
export function ConceptPicks(props: { concepts: ConceptRow[]; onPick: (id: number) => void }) {
  const { t } = useTranslation()
  return (
    <ul className="pick-list">
      {props.concepts.map((c) => (
        <li key={c.id}>
          <button type="button" className="pick-item" onClick={() => props.onPick(c.id)}>
            {[...c.en, ...c.zh].join(' · ') || `#${c.id}`}
          </button>
        </li>
      ))}
      {props.concepts.length === 0 && <li className="muted">{t('mining.merge.noConcepts')}</li>}
    </ul>
  )
}
