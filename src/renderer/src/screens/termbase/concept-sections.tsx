import { useTranslation } from 'react-i18next'

import type { Concept, UsagePoint } from '../../../../shared/models'
import { CollocationsSection } from './collocations-section'
import { ExamplesSection } from './examples-section'
import { HistoryPanel } from './history-panel'
import { ImportedFields } from './imported-fields'
import { UsageChart } from './usage-chart'

/** What a stored concept has beyond its fields: imported extras, examples, collocations, usage, history. */
export function ConceptSections(props: { concept: Concept; usage: UsagePoint[] | null; onChanged: () => void }) {
  const { t } = useTranslation()
  const { concept, usage } = props
  return (
    <>
      <ImportedFields extra={concept.extra} />
      <ExamplesSection conceptId={concept.id} examples={concept.examples} onChanged={props.onChanged} />
      <CollocationsSection conceptId={concept.id} />
      <section className="editor-section">
        <h3 className="section-title">{t('termbase.usage.title')}</h3>
        {usage && <UsageChart points={usage} />}
      </section>
      <HistoryPanel conceptId={concept.id} />
    </>
  )
}
