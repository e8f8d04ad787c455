import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { CandidateFilters } from '../../../src/renderer/src/screens/mining/candidate-filters'
import { CandidateListHead, useRowLabels } from '../../../src/renderer/src/screens/mining/candidate-list-head'
import { CandidateRowView } from '../../../src/renderer/src/screens/mining/candidate-row'
import { reviewKey } from '../../../src/renderer/src/screens/mining/selection'
import { ShortcutLegend } from '../../../src/renderer/src/screens/mining/shortcut-legend'
import type { CandidateQueue } from '../../../src/renderer/src/screens/mining/use-candidate-queue'
import type { CandidateEquivalents, CandidateRow } from '../../../src/shared/models'
import type { Lang } from '../../../src/shared/vocabulary'

const noop = () => undefined
const row: CandidateRow = {
  id: 7,
  term: 'real economy',
  score: 5,
  freq: 12,
  docs: 4,
  variants: ['real economy'],
  kind: 'term',
  lang: 'en',
  status: 'new',
  conceptId: null
}

function Row({ chinese }: { chinese?: CandidateEquivalents | null }) {
  const labels = useRowLabels()
  return (
    <CandidateRowView
      row={row}
      index={0}
      style={{}}
      locale="en"
      current={false}
      checked={false}
      editing={false}
      onRowClick={noop}
      onToggle={noop}
      onEditDone={noop}
      labels={labels}
      chinese={chinese}
    />
  )
}

function queueWith(lang: Lang): CandidateQueue {
  return {
    filters: { lang, kind: 'all', status: 'new', text: '', showChinese: true, setShowChinese: noop },
    list: { total: 1 },
    total: 1
  } as unknown as CandidateQueue
}

describe('the Candidates screen: the Chinese column', () => {
  it('shows the best equivalent with its support, the others in its title, and nothing when the column is off', async () => {
    await initI18n('en')
    const chinese: CandidateEquivalents = {
      id: 7,
      pairs: 9,
      equivalents: [
        { text: '实体经济', support: 8, score: 0.9 },
        { text: '实体', support: 2, score: 0.2 }
      ]
    }
    const html = renderToStaticMarkup(<Row chinese={chinese} />)
    expect(html).toMatch(
      /data-testid="candidate-chinese" title="实体经济 \(8 supporting pairs\) \| 实体 \(2 supporting pairs\)"/
    )
    expect(html).toMatch(/>实体经济 <span class="muted candidate-support">8<\/span>/)
    expect(html).toContain('with-chinese')
    expect(renderToStaticMarkup(<Row chinese={null} />)).toMatch(/data-testid="candidate-chinese"[^>]*>…</)
    expect(renderToStaticMarkup(<Row chinese={{ id: 7, pairs: 0, equivalents: [] }} />)).toMatch(
      /data-testid="candidate-chinese"[^>]*>—</
    )
    const off = renderToStaticMarkup(<Row />)
    expect(off).not.toContain('candidate-chinese')
    expect(off).not.toContain('with-chinese')
    expect(renderToStaticMarkup(<CandidateListHead chinese />)).toContain('>Chinese<')
    expect(renderToStaticMarkup(<CandidateListHead />)).not.toContain('>Chinese<')
  })

  it('offers the column for the English list only, in both UI languages', async () => {
    const i18n = await initI18n('en')
    expect(renderToStaticMarkup(<CandidateFilters queue={queueWith('en')} />)).toMatch(
      /data-testid="candidate-chinese-toggle"[^>]*><span>Chinese equivalents</
    )
    expect(renderToStaticMarkup(<CandidateFilters queue={queueWith('zh')} />)).not.toContain('candidate-chinese-toggle')
    await i18n.changeLanguage('zh-CN')
    expect(renderToStaticMarkup(<CandidateFilters queue={queueWith('en')} />)).toContain('<span>中文对应词</span>')
    expect(renderToStaticMarkup(<CandidateListHead chinese />)).toContain('>中文<')
  })

  it('Shift+A accepts with the equivalent, and the legend says so in both languages', async () => {
    const key = (k: string) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false })
    expect(reviewKey(key('A'))).toBe('acceptChinese')
    expect(reviewKey(key('a'))).toBe('accept')
    const i18n = await initI18n('en')
    expect(renderToStaticMarkup(<ShortcutLegend />)).toContain(
      '<kbd>Shift+A</kbd></dt><dd>accept with the Chinese equivalent</dd>'
    )
    await i18n.changeLanguage('zh-CN')
    expect(renderToStaticMarkup(<ShortcutLegend />)).toContain('<kbd>Shift+A</kbd></dt><dd>连同中文对应词接受</dd>')
  })
})
