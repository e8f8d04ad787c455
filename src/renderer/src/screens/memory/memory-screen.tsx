import './memory.css'

import { type KeyboardEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { DropOverlay } from '../../components/files/drop-overlay'
import type { PickedFile } from '../../components/files/picked-files'
import { useFileDrop } from '../../components/files/use-file-drop'
import { useImport } from '../exchange/use-import'
import { AlignPanel } from './align-panel'
import { MatchPanel } from './match-panel'
import { SuggestPanel } from './suggest-panel'
import { TmxImportButton, TmxImportDialog } from './tmx-import'
import { UnitBrowser } from './unit-browser'

const tabs = ['browse', 'match', 'align', 'suggest'] as const
type Tab = (typeof tabs)[number]

/**
 * The translation memory: browse and edit units, fuzzy-match a sentence, align documents, suggest equivalents;
 * import a TMX (Import TMX… or a drop anywhere on the screen), previewed first.
 */
export function MemoryScreen() {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('browse')
  const importer = useImport()
  const [importing, setImporting] = useState(false)
  const pick = (files: PickedFile[]) => {
    setImporting(true)
    void importer.pick(files)
  }
  const drop = useFileDrop(pick, { disabled: importer.previewing || importer.job.running, multiple: false })
  const closeImport = () => {
    importer.reset()
    setImporting(false)
  }
  const labels: Record<Tab, string> = {
    browse: t('memory.tab.browse'),
    match: t('memory.tab.match'),
    align: t('memory.tab.align'),
    suggest: t('memory.tab.suggest')
  }
  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]
    setTab(next)
    document.getElementById(`memory-tab-${next}`)?.focus()
  }
  return (
    <section className="screen memory-screen" data-testid="memory-screen" {...drop.handlers}>
      <div className="memory-head">
        <div className="tabs" role="tablist" aria-label={t('nav.memory')} onKeyDown={onKeyDown}>
          {tabs.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`memory-tab-${id}`}
              className="tab"
              aria-selected={tab === id}
              aria-controls="memory-tabpanel"
              tabIndex={tab === id ? 0 : -1}
              data-testid={`memory-tab-${id}`}
              onClick={() => setTab(id)}
            >
              {labels[id]}
            </button>
          ))}
        </div>
        <TmxImportButton importer={{ ...importer, pick: async (files) => pick(files) }} />
      </div>
      <div className="memory-panel" role="tabpanel" id="memory-tabpanel" aria-labelledby={`memory-tab-${tab}`}>
        {tab === 'browse' && <UnitBrowser />}
        {tab === 'match' && <MatchPanel />}
        {tab === 'align' && <AlignPanel />}
        {tab === 'suggest' && <SuggestPanel />}
      </div>
      {importing && <TmxImportDialog importer={importer} onClose={closeImport} />}
      {drop.dragging && <DropOverlay text={t('memory.tmx.dropHere')} />}
    </section>
  )
}
