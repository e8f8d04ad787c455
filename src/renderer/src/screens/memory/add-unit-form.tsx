import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { useApi } from '../../api-context'
import { useApiAction } from '../../data/use-api-action'

/** A typed pair goes straight into the memory (origin "typed"); the languages are guessed from the script. */
export function AddUnitForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const { busy, run } = useApiAction()
  const [source, setSource] = useState('')
  const [target, setTarget] = useState('')
  const ready = source.trim() !== '' && target.trim() !== '' && !busy
  const add = async () => {
    if (!ready) return
    await run(async () => {
      await api.invoke('memory/add', { source: source.trim(), target: target.trim() })
      setSource('')
      setTarget('')
      onAdded()
    })
  }
  return (
    <form
      className="panel unit-add"
      onSubmit={(event) => {
        event.preventDefault()
        void add()
      }}
    >
      <input
        className="text-input"
        data-testid="memory-add-source"
        value={source}
        placeholder={t('memory.add.source')}
        aria-label={t('memory.add.source')}
        onChange={(event) => setSource(event.target.value)}
      />
      <input
        className="text-input"
        data-testid="memory-add-target"
        value={target}
        lang="zh-CN"
        placeholder={t('memory.add.target')}
        aria-label={t('memory.add.target')}
        onChange={(event) => setTarget(event.target.value)}
      />
      <button type="submit" className="button button-primary" data-testid="memory-add" disabled={!ready}>
        {t('memory.add.button')}
      </button>
    </form>
  )
}
