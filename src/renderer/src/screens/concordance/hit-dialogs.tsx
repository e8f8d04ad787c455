import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { Collocate, ConcordanceHit } from '../../../../shared/api/concordance'
import type { ConceptRow, SegmentView } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { conceptName, ConceptPicker } from '../../components/concept-picker'
import { Dialog } from '../../components/dialog'
import { useFeedback } from '../../components/feedback'
import { langOf } from '../../components/kwic-lines'
import { useNavigation } from '../../components/navigation'
import { OpenInDocumentButton } from '../../components/open-in-document'
import { formatCalendarDate } from '../../lib/format'

const neighbours = 3

/** The first segment to fetch so the hit sits in the middle of a window of 2×3+1 sentences. */
export function contextOffset(ordinal: number | null): number {
  return Math.max(0, (ordinal ?? 0) - neighbours)
}

/** A hit's sentence with the sentences around it; the whole document opens from here at that place. */
export function HitContextDialog(props: { hit: ConcordanceHit; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [segments, setSegments] = useState<SegmentView[] | null>(null)
  const { hit } = props

  useEffect(() => {
    if (hit.documentId === null) return
    let live = true
    api
      .invoke('corpus/segments', {
        documentId: hit.documentId,
        offset: contextOffset(hit.ordinal),
        limit: neighbours * 2 + 1
      })
      .then(
        (found) => live && setSegments(found),
        (error: unknown) => {
          reportError(error)
          if (live) setSegments([])
        }
      )
    return () => {
      live = false
    }
  }, [api, hit.documentId, hit.ordinal, reportError])

  return (
    <Dialog title={hit.documentTitle ?? t('concordance.untitled')} onClose={props.onClose} wide testId="hit-context">
      <p className="context-source">
        <span className="kwic-date">{formatCalendarDate(hit.date, i18n.language) ?? t('corpus.noDate')}</span>
        {hit.kind === 'segment' && hit.documentId !== null && (
          <OpenInDocumentButton documentId={hit.documentId} segmentId={hit.id} start={hit.start} end={hit.end} />
        )}
      </p>
      {segments === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <ol className="segments conc-context" lang={langOf(hit.text)}>
          {segments.map((segment) => (
            <li
              key={segment.id}
              className={segment.id === hit.id ? 'segment is-focus' : 'segment'}
              value={segment.ordinal + 1}
            >
              <span className="segment-ordinal" aria-hidden="true">
                {segment.ordinal + 1}
              </span>
              <span className="segment-text">
                {segment.id === hit.id ? (
                  <>
                    {hit.text.slice(0, hit.start)}
                    <mark className="kwic-match">{hit.text.slice(hit.start, hit.end)}</mark>
                    {hit.text.slice(hit.end)}
                  </>
                ) : (
                  segment.text
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  )
}

/**
 * What both "add as example" and "keep collocation" do once a concept is picked: save, say so with a
 * way to open the concept, close; on failure report and let the user pick again.
 */
function useSaveToConcept(onClose: () => void) {
  const { t } = useTranslation()
  const { reportError, showToast } = useFeedback()
  const { navigate } = useNavigation()
  const [saving, setSaving] = useState(false)
  const save = async (concept: ConceptRow, write: () => Promise<unknown>, message: string) => {
    setSaving(true)
    try {
      await write()
      showToast({
        message,
        action: { label: t('concordance.openConcept'), run: () => navigate('termbase', { conceptId: concept.id }) }
      })
      onClose()
    } catch (error) {
      reportError(error)
      setSaving(false)
    }
  }
  return { saving, save }
}

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
