import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConcordanceHit } from '../../../../shared/api/concordance'
import type { ConceptRow, SegmentView } from '../../../../shared/models'
import { useApi } from '../../api-context'
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
    api.invoke('corpus/segments', { documentId: hit.documentId, offset: contextOffset(hit.ordinal),
      limit: neighbours * 2 + 1 }).then(
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
    <Dialog title={hit.documentTitle ?? t('concordance.untitled')} onClose={props.onClose} wide
      testId="hit-context">
      <p className="context-source">
        <span className="kwic-date">{formatCalendarDate(hit.date, i18n.language) ?? t('corpus.noDate')}</span>
        {hit.kind === 'segment' && hit.documentId !== null && (
          <OpenInDocumentButton documentId={hit.documentId} segmentId={hit.id} start={hit.start} end={hit.end} />
        )}
      </p>
      {segments === null ? <p className="muted">{t('common.loading')}</p> : (
        <ol className="segments conc-context" lang={langOf(hit.text)}>
          {segments.map((segment) => (
            <li key={segment.id} className={segment.id === hit.id ? 'segment is-focus' : 'segment'}
              value={segment.ordinal + 1}>
              <span className="segment-ordinal" aria-hidden="true">{segment.ordinal + 1}</span>
              <span className="segment-text">
                {segment.id === hit.id ? (
                  <>{hit.text.slice(0, hit.start)}<mark className="kwic-match">{hit.text.slice(hit.start, hit.end)}</mark>
                    {hit.text.slice(hit.end)}</>
                ) : segment.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  )
}

/** Pick a concept (search over the term base), then the hit's sentence becomes its usage example. */
export function AddExampleDialog(props: { hit: ConcordanceHit; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { navigate } = useNavigation()
  const [text, setText] = useState(props.hit.match)
  const [rows, setRows] = useState<ConceptRow[] | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    let live = true
    const timer = window.setTimeout(() => {
      const query = text.trim()
      api.invoke('concepts/search', query ? { text: query, limit: 20 } : { limit: 20, sort: 'modified' }).then(
        (page) => live && setRows(page.rows),
        (error: unknown) => {
          reportError(error)
          if (live) setRows([])
        }
      )
    }, 120)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, text, reportError])

  const { hit, onClose } = props
  const add = async (concept: ConceptRow) => {
    setSaving(true)
    try {
      await api.invoke('examples/add', { conceptId: concept.id, segmentId: hit.id })
      const name = concept.en[0] ?? concept.zh[0] ?? `#${concept.id}`
      showToast({
        message: t('concordance.exampleAdded', { concept: name }),
        action: { label: t('concordance.openConcept'), run: () => navigate('termbase', { conceptId: concept.id }) }
      })
      onClose()
    } catch (error) {
      reportError(error)
      setSaving(false)
    }
  }

  return (
    <Dialog title={t('concordance.addExampleTitle')} onClose={onClose} testId="add-example-dialog">
      <p className="conc-example-text" lang={langOf(hit.text)}>
        {hit.text.slice(0, hit.start)}<mark className="kwic-match">{hit.text.slice(hit.start, hit.end)}</mark>
        {hit.text.slice(hit.end)}
      </p>
      <input className="text-input conc-concept-search" type="search" value={text} data-testid="concept-picker-search"
        placeholder={t('concordance.findConcept')} aria-label={t('concordance.findConcept')}
        onChange={(event) => setText(event.target.value)} />
      {rows === null ? <p className="muted">{t('common.loading')}</p> : rows.length === 0 ? (
        <p className="muted" data-testid="concept-picker-none">{t('concordance.noConcepts')}</p>
      ) : (
        <ul className="conc-concepts">
          {rows.map((row) => (
            <li key={row.id}>
              <button type="button" className="conc-concept" data-testid="concept-choice" disabled={saving}
                onClick={() => void add(row)}>
                <span className="concept-en">{row.en.join(' · ') || '—'}</span>
                <span className="concept-zh" lang="zh-CN">{row.zh.join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
