import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { ApiProvider } from '../../../src/renderer/src/api-context'
import { FeedbackProvider } from '../../../src/renderer/src/components/feedback'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { ConflictItem } from '../../../src/renderer/src/screens/team/conflict-item'
import { StatusPane } from '../../../src/renderer/src/screens/team/status-pane'
import { statusText } from '../../../src/renderer/src/screens/team/status-text'
import { SuggestionItem } from '../../../src/renderer/src/screens/team/suggestion-item'
import type { ApiClient } from '../../../src/shared/api'
import type { TeamConflict, TeamStatus } from '../../../src/shared/team-models'

const noop = () => undefined
const client: ApiClient = { invoke: () => Promise.reject(new Error('not in unit tests')), onEvent: () => noop }
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <ApiProvider client={client}>
      <FeedbackProvider>{node}</FeedbackProvider>
    </ApiProvider>
  )
const hostile = '<img src=x onerror=alert(1)>'

const status = (over: Partial<TeamStatus>): TeamStatus => ({
  state: 'synced',
  url: 'https://terms.example.org/',
  teamName: 'Policy desk',
  user: 'Zhang',
  role: 'translator',
  moderated: true,
  waiting: 0,
  suggested: 0,
  conflicts: 0,
  syncedAt: '2025-03-05T10:00:00Z',
  lastError: null,
  ...over
})

const conflict: TeamConflict = {
  id: 7,
  conceptId: 3,
  concept: 'rule of law',
  field: 'definition',
  fieldLabel: 'definition',
  mergeable: true,
  local: hostile,
  remote: 'governing by law',
  localText: hostile,
  remoteText: 'governing by law',
  remoteAuthor: 'Chen',
  reason: 'rejected',
  note: 'official wording',
  at: '2025-03-05T10:00:00Z'
}

describe('team components', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('says the status line in both languages: synced, n waiting, offline, n conflicts', async () => {
    await i18n.changeLanguage('en')
    expect(statusText(status({}), i18n.t)).toBe('Synced')
    expect(statusText(status({ state: 'waiting', waiting: 3 }), i18n.t)).toBe('3 changes waiting')
    expect(statusText(status({ state: 'waiting', waiting: 1 }), i18n.t)).toBe('1 change waiting')
    expect(statusText(status({ state: 'offline', waiting: 2 }), i18n.t)).toBe('Offline')
    expect(statusText(status({ state: 'conflicts', conflicts: 2 }), i18n.t)).toBe('2 conflicts')
    await i18n.changeLanguage('zh-CN')
    expect(statusText(status({ state: 'waiting', waiting: 3 }), i18n.t)).toBe('3 项修改待同步')
    expect(statusText(status({ state: 'conflicts', conflicts: 2 }), i18n.t)).toBe('2 处冲突')
    expect(statusText(status({ state: 'offline' }), i18n.t)).toBe('离线')
  })

  it('shows who syncs where, the last error and Sync now', async () => {
    await i18n.changeLanguage('en')
    const html = render(
      <StatusPane
        status={status({ state: 'offline', lastError: { kind: 'offline', message: 'cannot be reached', at: '' } })}
        syncing={false}
        onSync={async () => null}
      />
    )
    expect(html).toContain('Zhang (translator) in Policy desk')
    expect(html).toContain('data-testid="team-last-error"')
    expect(html).toContain('Sync now')
    expect(html).toContain('Moderated')
  })

  it("renders a conflict's values as text, never as markup, with the reviewer's note and the three choices", async () => {
    await i18n.changeLanguage('en')
    const html = render(<ConflictItem conflict={conflict} onResolve={async () => undefined} />)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
    expect(html).toContain('Suggestion rejected')
    expect(html).toContain('Note: official wording')
    expect(html).toContain('by Chen')
    for (const id of ['keep-theirs', 'keep-mine']) expect(html).toContain(`data-testid="${id}"`)
    expect(html).toContain('Merge…')
    expect(
      render(<ConflictItem conflict={{ ...conflict, mergeable: false }} onResolve={async () => undefined} />)
    ).not.toContain('Merge…')
  })

  it('lists what a suggestion changes, now and proposed, with approve and reject', async () => {
    await i18n.changeLanguage('zh-CN')
    const html = render(
      <SuggestionItem
        suggestion={{
          id: 4,
          concept: 'rule of law',
          author: 'Zhang',
          createdAt: '2025-03-05T10:00:00Z',
          change: '+ term zh-CN "法治"',
          fields: [
            { field: 'term:zh-CN:法治', fieldLabel: 'term zh-CN "法治"', proposed: 'preferred', current: '(none)' }
          ]
        }}
        onDecide={async () => null}
      />
    )
    expect(html).toContain('批准')
    expect(html).toContain('驳回')
    expect(html).toContain('term zh-CN &quot;法治&quot;')
  })
})
