import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { CandidateDetail } from '../../../src/renderer/src/screens/mining/candidate-detail'
import { CandidateFilters } from '../../../src/renderer/src/screens/mining/candidate-filters'
import { CandidateListHead } from '../../../src/renderer/src/screens/mining/candidate-list-head'
import {
  candidateQuery,
  type CandidateQueue,
  type KindFilter
} from '../../../src/renderer/src/screens/mining/use-candidate-queue'
import type { CandidateRow } from '../../../src/shared/models'
import { CANDIDATE_KINDS, type Lang } from '../../../src/shared/vocabulary'

const noop = () => undefined

/** The toolbar reads only the queue's filters and counts. */
function queueWith(lang: Lang, kind: KindFilter): CandidateQueue {
  return {
    filters: { lang, setLang: noop, kind, setKind: noop, status: 'new', setStatus: noop, text: '', setText: noop },
    list: { total: 3 },
    total: 3
  } as unknown as CandidateQueue
}

describe('the Candidates screen: language switch and kinds', () => {
  it('asks one language’s list, and a kind only when one is chosen', () => {
    const base = { status: 'new', text: '', sort: 'score' } as const
    expect(candidateQuery({ ...base, lang: 'zh', kind: 'all' })).toEqual({
      lang: 'zh',
      kind: undefined,
      status: 'new',
      text: undefined,
      sort: 'score',
      descending: true
    })
    expect(candidateQuery({ ...base, lang: 'en', kind: 'person', text: 'xi' })).toMatchObject({
      lang: 'en',
      kind: 'person',
      text: 'xi'
    })
  })

  it('shows which list is on, every kind in the filter and a kind column, in English and Chinese', async () => {
    const i18n = await initI18n('en')
    const en = renderToStaticMarkup(<CandidateFilters queue={queueWith('zh', 'name')} />)
    expect(en).toMatch(/data-testid="candidate-lang-zh"[^>]*>Chinese</)
    expect(en).toMatch(/aria-checked="true"[^>]*data-testid="candidate-lang-zh"/)
    expect(en).toMatch(/aria-checked="false"[^>]*data-testid="candidate-lang-en"/)
    const options = [...en.matchAll(/<option value="([a-z]+)"/g)].map((m) => m[1])
    expect(options).toEqual(expect.arrayContaining(['all', ...CANDIDATE_KINDS]))
    expect(en).toMatch(/<option value="name" selected="">Name<\/option>/)
    expect(renderToStaticMarkup(<CandidateListHead />)).toContain('>Kind<')

    await i18n.changeLanguage('zh-CN')
    const zh = renderToStaticMarkup(<CandidateFilters queue={queueWith('en', 'all')} />)
    expect(zh).toMatch(/data-testid="candidate-lang-en"[^>]*>英文</)
    expect(zh).toMatch(/data-testid="candidate-lang-zh"[^>]*>中文</)
    expect(zh).toContain('>全部类别</option>')
    expect(renderToStaticMarkup(<CandidateListHead />)).toContain('>类别<')
  })

  it('shows a Chinese candidate’s contexts as whole sentences, the term marked, tagged Chinese', async () => {
    await initI18n('en')
    const row: CandidateRow = {
      id: 1,
      term: '新质生产力',
      score: 3,
      freq: 9,
      docs: 4,
      variants: ['新质生产力'],
      kind: 'term',
      lang: 'zh',
      status: 'new',
      conceptId: null
    }
    const line = {
      documentId: 1,
      title: '2024年政府工作报告',
      date: '2024-03-05',
      segmentId: 7,
      left: '大力推进现代化产业体系建设，加快发展',
      match: '新质生产力',
      right: '。'
    }
    const html = renderToStaticMarkup(
      <CandidateDetail current={row} contexts={[line]} onReview={noop} onOpenConcept={noop} />
    )
    expect(html).toContain(
      '<p class="context-sentence-text" lang="zh-CN">大力推进现代化产业体系建设，加快发展<mark class="kwic-match">新质生产力</mark>。</p>'
    )
    expect(html).toContain('<h2 class="detail-title" lang="zh-CN">新质生产力</h2>')
  })
})
