import './memory.css'

import { type KeyboardEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { AlignPanel } from './align-panel'
import { MatchPanel } from './match-panel'
import { SuggestPanel } from './suggest-panel'
import { UnitBrowser } from './unit-browser'

const tabs = ['browse', 'match', 'align', 'suggest'] as const
type Tab = (typeof tabs)[number]

/** The translation memory: browse and edit units, fuzzy-match a sentence, align documents, suggest equivalents. */
export function MemoryScreen() {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('browse')
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
    <section className="screen memory-screen" data-testid="memory-screen">
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
      <div className="memory-panel" role="tabpanel" id="memory-tabpanel" aria-labelledby={`memory-tab-${tab}`}>
        {tab === 'browse' && <UnitBrowser />}
        {tab === 'match' && <MatchPanel />}
        {tab === 'align' && <AlignPanel />}
        {tab === 'suggest' && <SuggestPanel />}
      </div>
    </section>
  )
}
