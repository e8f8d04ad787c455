import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ContextLine } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { KwicLines } from '../../components/kwic-lines'
import { useApiAction } from '../../data/use-api-action'
import { useApiQuery } from '../../data/use-api-query'
import { ExampleZhField, PickExampleButton } from './example-picker-parts'

/**
 * Corpus sentences containing one of the concept's terms; one click adds one as an example. The optional
 * Chinese translation is of the whole sentence (it also goes into the translation memory as a pair), and
 * goes with the one sentence whose button is clicked next: the buttons say so while it is filled in.
 */
export function ExamplePicker(props: {
  conceptId: number
  taken: ReadonlySet<number | null>
  onClose: () => void
  onAdded: () => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { run } = useApiAction()
  const { conceptId } = props
  const found = useApiQuery('termbase/contexts', { id: conceptId, limit: 100 })
  const lines = found.data ?? (found.error ? [] : null)
  const [zh, setZh] = useState('')
  const [added, setAdded] = useState<ReadonlySet<number>>(new Set())
  // The translation each sentence added here went in with, shown beside it so the pairing is visible.
  const [addedZh, setAddedZh] = useState<ReadonlyMap<number, string>>(new Map())

  const add = (line: ContextLine) =>
    run(async () => {
      const rendering = zh.trim()
      const arg = rendering
        ? { conceptId, segmentId: line.segmentId, zh: rendering }
        : { conceptId, segmentId: line.segmentId }
      await api.invoke('termbase/addExample', arg)
      setAdded((s) => new Set([...s, line.segmentId]))
      if (rendering) setAddedZh((m) => new Map([...m, [line.segmentId, rendering]]))
      setZh('')
      props.onAdded()
    })

  return (
    <Dialog title={t('termbase.examples.pickTitle')} onClose={props.onClose} wide testId="example-picker">
      <ExampleZhField value={zh} onChange={setZh} />
      {lines === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <KwicLines
          lines={lines}
          testId="example-candidates"
          action={(line) => (
            <PickExampleButton
              done={added.has(line.segmentId) || props.taken.has(line.segmentId)}
              pairedZh={addedZh.get(line.segmentId)}
              withZh={zh.trim() !== ''}
              onPick={() => void add(line)}
            />
          )}
        />
      )}
    </Dialog>
  )
}
