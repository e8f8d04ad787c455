import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { ApiProvider } from '../../../src/renderer/src/api-context'
import { FeedbackProvider } from '../../../src/renderer/src/components/feedback'
import { SideNav } from '../../../src/renderer/src/components/side-nav'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import type { ApiClient } from '../../../src/shared/api'

const noop = () => undefined
// The navigation holds the team status line, which asks the API (never answered here).
const client: ApiClient = { invoke: () => new Promise(noop), onEvent: () => noop }

describe('side navigation', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('offers every screen in the navigation with a test id, and marks the current one', async () => {
    await i18n.changeLanguage('en')
    const html = renderToStaticMarkup(
      <ApiProvider client={client}>
        <FeedbackProvider>
          <SideNav current="memory" onSelect={noop} />
        </FeedbackProvider>
      </ApiProvider>
    )
    for (const id of ['corpus', 'mining', 'termbase', 'concordance', 'memory', 'qa', 'exchange', 'team']) {
      expect(html).toContain(`data-testid="nav-${id}"`)
    }
    expect(html).toMatch(/data-testid="nav-memory" aria-current="page"/)
    expect(html).toContain('Term base')
  })
})
