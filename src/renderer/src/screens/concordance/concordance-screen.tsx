import './concordance.css'

import { useState } from 'react'

import type { ConcordanceHit } from '../../../../shared/api/concordance'
import { CollocatesPanel } from './collocates-panel'
import { ConcordanceResults } from './concordance-results'
import { HitContextDialog } from './hit-context-dialog'
import { AddExampleDialog } from './hit-dialogs'
import { SearchForm } from './search-form'
import { useConcordance } from './use-concordance'

/** Key words in context over the corpus and the memory, with the collocates of the query beside them. */
export function ConcordanceScreen() {
  const concordance = useConcordance()
  const { state, error, settings } = concordance
  const [reading, setReading] = useState<ConcordanceHit | null>(null)
  const [adding, setAdding] = useState<ConcordanceHit | null>(null)

  return (
    <section className="screen concordance-screen" data-testid="concordance-screen">
      <SearchForm
        text={concordance.text}
        onText={concordance.setText}
        state={concordance.options}
        onChange={concordance.change}
        onSubmit={() => concordance.search()}
        documents={concordance.documents}
        error={error}
      />
      <div className="conc-split">
        <ConcordanceResults concordance={concordance} onOpenDocument={setReading} onAddExample={setAdding} />
        <CollocatesPanel
          state={error ? null : state}
          settings={settings}
          onSettings={concordance.setSettings}
          onPick={concordance.pickCollocate}
        />
      </div>
      {reading && <HitContextDialog hit={reading} onClose={() => setReading(null)} />}
      {adding && <AddExampleDialog hit={adding} onClose={() => setAdding(null)} />}
    </section>
  )
}
