import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { SideNav } from '../../../src/renderer/src/components/side-nav'
import { initI18n } from '../../../src/renderer/src/i18n/setup'

const noop = () => undefined

describe('side navigation', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('offers every screen in the navigation with a test id, and marks the current one', async () => {
    await i18n.changeLanguage('en')
    const html = renderToStaticMarkup(<SideNav current="memory" onSelect={noop} />)
    for (const id of ['corpus', 'mining', 'termbase', 'concordance', 'memory', 'exchange']) {
      expect(html).toContain(`data-testid="nav-${id}"`)
    }
    expect(html).toMatch(/data-testid="nav-memory" aria-current="page"/)
    expect(html).toContain('Term base')
  })
})
