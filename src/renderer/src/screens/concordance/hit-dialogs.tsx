import { useTranslation } from 'react-i18next'

import type { Collocate, ConcordanceHit } from '../../../../shared/api/concordance'
import type { ConceptRow } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { conceptName, ConceptPicker } from '../../components/concept-picker'
import { Dialog } from '../../components/dialog'
import { langOf } from '../../components/kwic-lines'
import { useSaveToConcept } from './use-save-to-concept'

/** Pick a concept (search over the term base), then the hit's sentence becomes its usage example. */
export function AddExampleDialog(props: { hit: ConcordanceHit; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const { hit, onClose } = props
  const { saving, save } = useSaveToConcept(onClose)
  const add = (concept: ConceptRow) =>
    save(
      concept,
      () => api.invoke('termbase/addExample', { conceptId: concept.id, segmentId: hit.id }),
      t('concordance.exampleAdded', { concept: conceptName(concept) })
    )

  return (
    <Dialog title={t('concordance.addExampleTitle')} onClose={onClose} testId="add-example-dialog">
      <p className="conc-example-text" lang={langOf(hit.text)}>
        {hit.text.slice(0, hit.start)}
        <mark className="kwic-match">{hit.text.slice(hit.start, hit.end)}</mark>
        {hit.text.slice(hit.end)}
      </p>
      <ConceptPicker initial={hit.match} disabled={saving} onPick={(concept) => void add(concept)} />
    </Dialog>
  )
}

/** Pick a concept, then a collocate of the search is stored with it (with its figures as evidence). */
export function KeepCollocationDialog(props: {
  node: string
  collocate: Collocate
  window: number
  onClose: () => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { node, collocate, onClose } = props
  const { saving, save } = useSaveToConcept(onClose)
  const keep = (concept: ConceptRow) =>
    save(
      concept,
      () =>
        api.invoke('termbase/addCollocation', {
          conceptId: concept.id,
          node,
          word: collocate.word,
          freq: collocate.freq,
          logDice: collocate.logDice,
          mi: collocate.mi,
          window: props.window
        }),
      t('concordance.collocationKept', { word: collocate.word, concept: conceptName(concept) })
    )

  return (
    <Dialog title={t('concordance.keepCollocationTitle')} onClose={onClose} testId="keep-collocation-dialog">
      <p className="conc-example-text">
        <mark className="kwic-match" lang={langOf(collocate.word)}>
          {collocate.word}
        </mark>{' '}
        {t('concordance.collocationWith')} <strong lang={langOf(node)}>{node}</strong>
      </p>
      <ConceptPicker initial={node} disabled={saving} onPick={(concept) => void keep(concept)} />
    </Dialog>
  )
}
