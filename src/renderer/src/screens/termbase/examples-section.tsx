import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ContextLine, ExampleRecord } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { useFeedback } from '../../components/feedback'
import { KwicLines, langOf } from '../../components/kwic-lines'
import { OpenInDocumentButton } from '../../components/open-in-document'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { formatCalendarDate } from '../../lib/format'
import { highlightParts } from './draft'
import { SegmentContext } from './segment-context'

interface ExamplesProps {
  conceptId: number
  examples: ExampleRecord[]
  /** Called after an add or remove so the editor reloads the concept. */
  onChanged: () => void
}

/** Usage examples: corpus sentences with the term marked, each linked to its document and date. */
export function ExamplesSection({ conceptId, examples, onChanged }: ExamplesProps) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [picking, setPicking] = useState(false)
  const [reading, setReading] = useState<ExampleRecord | null>(null)

  const remove = async (example: ExampleRecord) => {
    try {
      await api.invoke('termbase/removeExample', { id: example.id })
      onChanged()
      await undoToast(t('termbase.examples.removed'), onChanged)
    } catch (error) {
      reportError(error)
    }
  }

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
        {examples.map((example) => {
          const parts = highlightParts(example.text, example.start, example.end)
          return (
            <li key={example.id} className="example-row" data-testid="example-row">
              <p className="example-text" lang={langOf(example.text)}>
                {parts.before}
                {parts.match && <mark>{parts.match}</mark>}
                {parts.after}
              </p>
              {example.zh && (
                <p className="example-zh" lang="zh-CN" data-testid="example-zh">
                  {example.zh}
                </p>
              )}
              <div className="example-meta">
                {example.documentTitle && <span className="kwic-title">{example.documentTitle}</span>}
                <span className="kwic-date">{formatCalendarDate(example.date, i18n.language) ?? ''}</span>
                {example.documentId !== null && (
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    data-testid="open-in-context"
                    onClick={() => setReading(example)}
                  >
                    {t('termbase.examples.openInContext')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-quiet button-small"
                  data-testid="remove-example"
                  onClick={() => void remove(example)}
                >
                  {t('termbase.examples.remove')}
                </button>
              </div>
            </li>
          )
        })}
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
        <Dialog
          title={t('termbase.examples.openInContext')}
          onClose={() => setReading(null)}
          wide
          testId="example-reader"
        >
          <SegmentContext
            documentId={reading.documentId}
            segmentId={reading.segmentId}
            title={reading.documentTitle}
            date={reading.date}
          />
          <div className="dialog-actions">
            <OpenInDocumentButton
              documentId={reading.documentId}
              segmentId={reading.segmentId}
              start={reading.start}
              end={reading.end}
            />
          </div>
        </Dialog>
      )}
    </section>
  )
}

/**
 * Corpus sentences containing one of the concept's terms; one click adds one as an example. The optional
 * Chinese translation is of the whole sentence (it also goes into the translation memory as a pair), and
 * goes with the one sentence whose button is clicked next: the buttons say so while it is filled in.
 */
function ExamplePicker(props: {
  conceptId: number
  taken: ReadonlySet<number | null>
  onClose: () => void
  onAdded: () => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [lines, setLines] = useState<ContextLine[] | null>(null)
  const [zh, setZh] = useState('')
  const [added, setAdded] = useState<ReadonlySet<number>>(new Set())
  // The translation each sentence added here went in with, shown beside it so the pairing is visible.
  const [addedZh, setAddedZh] = useState<ReadonlyMap<number, string>>(new Map())
  const { conceptId } = props
  const hintId = useId()

  useEffect(() => {
    let live = true
    const found = api.invoke('termbase/contexts', { id: conceptId, limit: 100 })
    found.then(
      (lines) => live && setLines(lines),
      (error) => {
        reportError(error)
        if (live) setLines([])
      }
    )
    return () => {
      live = false
    }
  }, [api, conceptId, reportError])

  const add = async (line: ContextLine) => {
    try {
      const rendering = zh.trim()
      const arg = rendering
        ? { conceptId, segmentId: line.segmentId, zh: rendering }
        : { conceptId, segmentId: line.segmentId }
      await api.invoke('termbase/addExample', arg)
      setAdded((s) => new Set([...s, line.segmentId]))
      if (rendering) setAddedZh((m) => new Map([...m, [line.segmentId, rendering]]))
      setZh('')
      props.onAdded()
    } catch (error) {
      reportError(error)
    }
  }

  return (
    <Dialog title={t('termbase.examples.pickTitle')} onClose={props.onClose} wide testId="example-picker">
      <label className="field example-zh-field">
        <span>{t('termbase.examples.zh')}</span>
        <input
          className="text-input"
          lang="zh-CN"
          value={zh}
          data-testid="example-zh-input"
          placeholder={t('termbase.examples.zhPlaceholder')}
          aria-describedby={hintId}
          onChange={(event) => setZh(event.target.value)}
        />
        <span className="hint" id={hintId}>
          {t('termbase.examples.zhHint')}
        </span>
      </label>
      {lines === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <KwicLines
          lines={lines}
          testId="example-candidates"
          action={(line) => {
            const done = added.has(line.segmentId) || props.taken.has(line.segmentId)
            const pairedZh = addedZh.get(line.segmentId)
            const label = done
              ? t('termbase.examples.added')
              : zh.trim()
                ? t('termbase.examples.addWithZh')
                : t('termbase.examples.addThis')
            return (
              <>
                {pairedZh && (
                  <span className="example-picked-zh" lang="zh-CN" data-testid="picked-zh">
                    {t('termbase.examples.pairedZh', { zh: pairedZh })}
                  </span>
                )}
                <button
                  type="button"
                  className="button button-small push-end"
                  data-testid="pick-example"
                  disabled={done}
                  onClick={() => void add(line)}
                >
                  {label}
                </button>
              </>
            )
          }}
        />
      )}
    </Dialog>
  )
}
