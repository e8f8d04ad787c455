import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import type { ApiClient } from '../../shared/api'
import { ApiProvider } from './api-context'
import { ErrorBoundary } from './components/error-boundary'
import { ErrorBanner, FeedbackProvider, FeedbackScope } from './components/feedback'
import { NavigationProvider, useNavigationState } from './components/navigation'
import { ShortcutsHelp } from './components/shortcuts-help'
import { SideNav } from './components/side-nav'
import { TopBar } from './components/top-bar'
import { UndoShortcuts } from './components/undo-shortcuts'
import { ConcordanceScreen } from './screens/concordance/concordance-screen'
import { CorpusScreen } from './screens/corpus/corpus-screen'
import { ExchangeScreen } from './screens/exchange/exchange-screen'
import { MemoryScreen } from './screens/memory/memory-screen'
import { MiningScreen } from './screens/mining/mining-screen'
import { QaScreen } from './screens/qa/qa-screen'
import type { ScreenId } from './screens/screen-ids'
import { TeamScreen } from './screens/team/team-screen'
import { TermBaseScreen } from './screens/termbase/termbase-screen'

const screens: Record<ScreenId, () => ReactNode> = {
  corpus: CorpusScreen,
  mining: MiningScreen,
  termbase: TermBaseScreen,
  concordance: ConcordanceScreen,
  memory: MemoryScreen,
  qa: QaScreen,
  exchange: ExchangeScreen,
  team: TeamScreen
}

function Shell() {
  const { t } = useTranslation()
  // Screens may send the user elsewhere with something to open there (accept → its new concept); the
  // screen being left may hold that up while it asks about unsaved edits.
  const { screen, navigation } = useNavigationState('corpus')
  const titles: Record<ScreenId, string> = {
    corpus: t('nav.corpus'),
    mining: t('nav.mining'),
    termbase: t('nav.termbase'),
    concordance: t('nav.concordance'),
    memory: t('nav.memory'),
    qa: t('nav.qa'),
    exchange: t('nav.exchange'),
    team: t('nav.team')
  }
  const Screen = screens[screen]
  return (
    <NavigationProvider value={navigation}>
      <div className="app">
        <UndoShortcuts />
        <ShortcutsHelp screen={screen} />
        <a className="skip-link" href="#content">
          {t('app.skipToContent')}
        </a>
        <SideNav current={screen} onSelect={(id) => navigation.navigate(id)} />
        <div className="main-column">
          <TopBar title={titles[screen]} />
          <ErrorBanner />
          <main id="content" className="content" tabIndex={-1} data-screen={screen}>
            <FeedbackScope key={screen} name={screen}>
              <Screen />
            </FeedbackScope>
          </main>
        </div>
      </div>
    </NavigationProvider>
  )
}

export function App({ client }: { client: ApiClient }) {
  return (
    <ErrorBoundary>
      <ApiProvider client={client}>
        <FeedbackProvider>
          <Shell />
        </FeedbackProvider>
      </ApiProvider>
    </ErrorBoundary>
  )
}
