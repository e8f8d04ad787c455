import { type KeyboardEvent, type ReactNode, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { type ScreenId, screenIds } from '../screens/screen-ids'
import { TeamStatusLine } from '../screens/team/team-status-line'
import {
  CandidatesIcon,
  ConcordanceIcon,
  CorpusIcon,
  ExchangeIcon,
  MemoryIcon,
  QaIcon,
  TeamIcon,
  TermBaseIcon
} from './icons'

const icons: Record<ScreenId, () => ReactNode> = {
  corpus: CorpusIcon,
  mining: CandidatesIcon,
  termbase: TermBaseIcon,
  concordance: ConcordanceIcon,
  memory: MemoryIcon,
  qa: QaIcon,
  exchange: ExchangeIcon,
  team: TeamIcon
}

export function SideNav({ current, onSelect }: { current: ScreenId; onSelect: (id: ScreenId) => void }) {
  const { t } = useTranslation()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  // Literal keys, so the i18n key test can see every label used here.
  const labels: Record<ScreenId, string> = {
    corpus: t('nav.corpus'),
    mining: t('nav.mining'),
    termbase: t('nav.termbase'),
    concordance: t('nav.concordance'),
    memory: t('nav.memory'),
    qa: t('nav.qa'),
    exchange: t('nav.exchange'),
    team: t('nav.team')
  }

  // Arrow keys move between items, as in any native sidebar list.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const next = (index + step + screenIds.length) % screenIds.length
    buttons.current[next]?.focus()
  }

  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          术
        </span>
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="nav-list">
          {screenIds.map((id, index) => {
            const IconFor = icons[id]
            return (
              <li key={id}>
                <button
                  type="button"
                  ref={(element) => {
                    buttons.current[index] = element
                  }}
                  className="nav-item"
                  data-testid={`nav-${id}`}
                  aria-current={current === id ? 'page' : undefined}
                  onClick={() => onSelect(id)}
                  onKeyDown={(event) => onKeyDown(event, index)}
                >
                  <IconFor />
                  <span>{labels[id]}</span>
                </button>
              </li>
            )
          })}
        </ul>
      </nav>
      <TeamStatusLine onOpen={() => onSelect('team')} />
    </aside>
  )
}
