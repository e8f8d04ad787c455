import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { ApiProvider } from '../../../src/renderer/src/api-context'
import { FeedbackProvider } from '../../../src/renderer/src/components/feedback'
import { isTypingTarget } from '../../../src/renderer/src/components/undo-shortcuts'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { CandidateDetail } from '../../../src/renderer/src/screens/mining/candidate-detail'
import { MergeDialog } from '../../../src/renderer/src/screens/mining/merge-dialog'
import { MiningProgress } from '../../../src/renderer/src/screens/mining/mining-progress'
import { cursorAfterReview, screenKey } from '../../../src/renderer/src/screens/mining/selection'
import { ShortcutLegend } from '../../../src/renderer/src/screens/mining/shortcut-legend'
import type { ApiClient } from '../../../src/shared/api'
import type { CandidateRow } from '../../../src/shared/models'

const row = (id: number, term: string, extra: Partial<CandidateRow> = {}): CandidateRow => ({
  id,
  term,
  score: 4.2,
  freq: 12,
  docs: 5,
  variants: [term],
  kind: 'term',
  lang: 'en',
  status: 'new',
  conceptId: null,
  ...extra
})
const noop = () => undefined
const press = (key: string, target: object | null) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: target as EventTarget | null
})

describe('candidate review', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('keeps the shortcuts after a checkbox was ticked with the mouse, and leaves Space to that checkbox', () => {
    const checkbox = { tagName: 'INPUT', type: 'checkbox' }
    expect(screenKey(press('m', checkbox), isTypingTarget)).toBe('merge')
    expect(screenKey(press('j', checkbox), isTypingTarget)).toBe('down')
    expect(screenKey(press('a', checkbox), isTypingTarget)).toBe('accept')
    expect(screenKey(press(' ', checkbox), isTypingTarget)).toBeNull()
    expect(screenKey(press(' ', { tagName: 'DIV' }), isTypingTarget)).toBe('toggle')
    expect(screenKey(press('a', { tagName: 'INPUT', type: 'search' }), isTypingTarget)).toBeNull()
  })

  it('moves on to the next candidate after a review, whether or not the row leaves the view', () => {
    expect(cursorAfterReview(3, 10, false)).toBe(3)
    expect(cursorAfterReview(3, 10, true)).toBe(4)
    expect(cursorAfterReview(9, 10, true)).toBe(9)
  })

  it('offers Open concept instead of Accept for an accepted candidate', async () => {
    for (const lang of ['en', 'zh-CN']) {
      await i18n.changeLanguage(lang)
      const fresh = renderToStaticMarkup(
        <CandidateDetail current={row(1, 'sci-tech innovation')} contexts={[]} onReview={noop} onOpenConcept={noop} />
      )
      expect(fresh).toContain('data-testid="accept-button"')
      expect(fresh).not.toContain('open-concept-button')
      const accepted = renderToStaticMarkup(
        <CandidateDetail
          contexts={[]}
          onReview={noop}
          onOpenConcept={noop}
          current={row(1, 'sci-tech innovation', { status: 'accepted', conceptId: 7 })}
        />
      )
      expect(accepted).toContain('data-testid="open-concept-button"')
      expect(accepted).not.toContain('data-testid="accept-button"')
      expect(accepted).toContain(lang === 'en' ? 'Open concept' : '打开概念')
    }
  })

  it('lets either ticked candidate be the target of a merge', async () => {
    await i18n.changeLanguage('en')
    const api = { invoke: () => new Promise(noop), onEvent: () => noop } as unknown as ApiClient
    const html = renderToStaticMarkup(
      <ApiProvider client={api}>
        <FeedbackProvider>
          <MergeDialog
            sources={[row(1, 'technological innovation'), row(2, 'sci-tech innovation')]}
            onPick={noop}
            onClose={noop}
          />
        </FeedbackProvider>
      </ApiProvider>
    )
    const picks = html.match(/data-testid="merge-pick-selected">[^<]*/g)?.map((m) => m.split('>')[1])
    expect(picks).toEqual(['technological innovation', 'sci-tech innovation'])
    expect(html).toContain('One of the selected')
  })

  it('names the miner’s stage in the interface language', async () => {
    await i18n.changeLanguage('zh-CN')
    const state = { running: true, done: 40, total: 100, message: 'ranking', summary: null }
    const html = renderToStaticMarkup(<MiningProgress state={state} onCancel={noop} />)
    expect(html).toContain('正在为候选术语排序')
    expect(html).not.toContain('>ranking<')
    const mining = renderToStaticMarkup(<MiningProgress state={{ ...state, message: 'mining' }} onCancel={noop} />)
    expect(mining).toContain('正在扫描文档')
  })

  it('keeps a visible legend of every review shortcut', () => {
    const html = renderToStaticMarkup(<ShortcutLegend />)
    const keys = ['<kbd>a</kbd>', '<kbd>r</kbd>', '<kbd>s</kbd>', '<kbd>e</kbd>', '<kbd>m</kbd>', 'Ctrl+Z']
    for (const k of keys) {
      expect(html).toContain(k)
    }
  })
})
