import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ExampleRecord } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { useApiAction } from '../../data/use-api-action'
import { ExamplePicker } from './example-picker'
import { ExampleReader } from './example-reader'
import { ExampleRow } from './example-row'

interface ExamplesProps {
  conceptId: number
  examples: ExampleRecord[]
  /** Called after an add or remove so the editor reloads the concept. */
  onChanged: () => void
}

/** Usage examples: corpus sentences with the term marked, each linked to its document and date. */
export function ExamplesSection({ conceptId, examples, onChanged }: ExamplesProps) {
  const { t } = useTranslation()
  const api = useApi()
  const { run } = useApiAction()
  const { undoToast } = useHistoryActions()
  const [picking, setPicking] = useState(false)
  const [reading, setReading] = useState<ExampleRecord | null>(null)

  const remove = (example: ExampleRecord) =>
    run(async () => {
      await api.invoke('termbase/removeExample', { id: example.id })
      onChanged()
      await undoToast(t('termbase.examples.removed'), onChanged)
    })

  return (
    <section className="editor-section" data-testid="examples-section">
      <header className="section-header">
        <h3 className="section-title">{t('termbase.examples.title')}</h3>
        <button
          type="button"
          className="button button-small"
          data-testid="add-example"
          onClick={() => setPicking(true)}
        >
          + {t('termbase.examples.add')}
        </button>
      </header>
      {examples.length === 0 && <p className="muted">{t('termbase.examples.none')}</p>}
      <ul className="example-list">
        {examples.map((example) => (
          <ExampleRow key={example.id} example={example} onRead={setReading} onRemove={(e) => void remove(e)} />
        ))}
      </ul>
      {picking && (
        <ExamplePicker
          conceptId={conceptId}
          taken={new Set(examples.map((e) => e.segmentId))}
          onClose={() => setPicking(false)}
          onAdded={onChanged}
        />
      )}
      {reading !== null && reading.documentId !== null && (
        <ExampleReader example={reading} documentId={reading.documentId} onClose={() => setReading(null)} />
      )}
    </section>
  )
}
