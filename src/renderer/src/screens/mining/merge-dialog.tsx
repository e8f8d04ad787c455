import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateRow } from '../../../../shared/models'
import { Dialog } from '../../components/dialog'
import { useApiQuery } from '../../data/use-api-query'
import { CandidatePicks, ConceptPicks } from './merge-picks'
import { onPickKeys } from './pick-keys'

export type MergeTarget = { intoCandidate: number } | { intoConcept: number }

/**
 * Pick what the selected candidates merge into: one of them (the others merge into it), another
 * candidate, or an existing concept; ↑/↓ walk the picks, Enter takes one.
 */
export function MergeDialog(props: {
  sources: CandidateRow[]
  onPick: (target: MergeTarget) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [text, setText] = useState(props.sources[0]?.term ?? '')
  const query = text.trim()
  // Both lists follow the search box after a pause; each keeps its rows until the new ones arrive.
  const search = { debounceMs: 120, keepPrevious: true }
  const candidates = useApiQuery(
    'mining/candidates',
    { text: query, limit: 20, status: 'all', sort: 'score', descending: true },
    search
  )
  const concepts = useApiQuery('termbase/search', { text: query, limit: 20 }, search)
  const sourceIds = new Set(props.sources.map((s) => s.id))

  return (
    <Dialog
      title={t('mining.merge.title', { count: props.sources.length })}
      onClose={props.onClose}
      testId="merge-dialog"
      wide
    >
      <div className="merge-body" onKeyDown={onPickKeys}>
        <input
          className="text-input"
          type="search"
          value={text}
          data-testid="merge-search"
          aria-label={t('mining.merge.search')}
          placeholder={t('mining.merge.search')}
          onChange={(event) => setText(event.target.value)}
        />
        {props.sources.length > 1 && (
          <section data-testid="merge-into-selected">
            <h3 className="section-title">{t('mining.merge.intoSelected')}</h3>
            <CandidatePicks
              candidates={props.sources}
              testId="merge-pick-selected"
              onPick={(id) => props.onPick({ intoCandidate: id })}
            />
          </section>
        )}
        <div className="merge-columns">
          <section>
            <h3 className="section-title">{t('mining.merge.intoCandidate')}</h3>
            {/* A merged candidate stands for its group: offer the group's candidate instead. */}
            <CandidatePicks
              candidates={(candidates.data?.rows ?? []).filter((c) => !sourceIds.has(c.id) && c.status !== 'merged')}
              testId="merge-pick-candidate"
              onPick={(id) => props.onPick({ intoCandidate: id })}
            />
          </section>
          <section>
            <h3 className="section-title">{t('mining.merge.intoConcept')}</h3>
            <ConceptPicks concepts={concepts.data?.rows ?? []} onPick={(id) => props.onPick({ intoConcept: id })} />
          </section>
        </div>
      </div>
    </Dialog>
  )
}
