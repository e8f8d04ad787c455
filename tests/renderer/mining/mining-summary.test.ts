import { describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { miningSummaryText } from '../../../src/renderer/src/screens/mining/use-mining'

describe('mining summary line', () => {
  it('says a re-mine mined only the new documents, and how many decisions it kept', async () => {
    const i18n = await initI18n('en')
    const base = { candidates: 1200, words: 4100, documents: 5, kept: 0, ms: 1234, warnings: [] }
    expect(miningSummaryText(i18n.t, { ...base, mode: 'full' }, 'en')).toBe(
      '1,200 candidates mined from 5 documents (4,100 words) in 1.2 s.'
    )
    expect(
      miningSummaryText(i18n.t, { ...base, kept: 3, mode: 'incremental', documentsMined: 1, wordsMined: 812 }, 'en')
    ).toBe('Only the new document was mined (812 words); 1,200 candidates in 1.2 s. 3 review decisions kept.')
    await i18n.changeLanguage('zh-CN')
    expect(
      miningSummaryText(i18n.t, { ...base, mode: 'incremental', documentsMined: 2, wordsMined: 900 }, 'zh-CN')
    ).toContain('仅提取了新增的 2 篇文档')
  })

  it('says when nothing was new, and how many documents were left out and why, in either language', async () => {
    const i18n = await initI18n('en')
    const base = { candidates: 444, words: 4036, documents: 5, kept: 1, ms: 480, warnings: [] }
    const again = { ...base, mode: 'incremental' as const, documentsMined: 0, wordsMined: 0, documentsSkipped: 1 }
    expect(miningSummaryText(i18n.t, again, 'en')).toBe(
      'No new English document since the last run; 444 ' +
        'candidates in 0.5 s. 1 review decision kept. 1 document was not mined: it is Japanese or holds no ' +
        'Chinese text.'
    )
    expect(
      miningSummaryText(i18n.t, { ...base, mode: 'full', documentsMined: 5, documentsSkipped: 2 }, 'en')
    ).toContain('5 documents (4,036 words)')
    await i18n.changeLanguage('zh-CN')
    expect(miningSummaryText(i18n.t, again, 'zh-CN')).toBe(
      '自上次提取以来没有新增英文文档；共 444 个候选术语，' +
        '用时 0.5 秒。保留了 1 项审核决定。1 篇文档未参与提取：其为日文，或不含中文文本。'
    )
  })

  it("adds the Chinese miner's part, and leaves the English part out when there was no English document", async () => {
    const i18n = await initI18n('en')
    const chinese = { candidates: 3458, characters: 120_000, documents: 7, ms: 2100 }
    const both = { candidates: 444, words: 4036, documents: 5, kept: 0, ms: 2600, warnings: [], chinese }
    expect(miningSummaryText(i18n.t, { ...both, mode: 'full' }, 'en')).toBe(
      '444 candidates mined from 5 documents (4,036 words) in 2.6 s. ' +
        'Chinese: 3,458 candidates from 7 documents (120,000 characters) in 2.1 s.'
    )
    const onlyChinese = { ...both, candidates: 0, words: 0, documents: 0, documentsMined: 0, wordsMined: 0 }
    expect(miningSummaryText(i18n.t, { ...onlyChinese, mode: 'full' }, 'en')).toBe(
      'Chinese: 3,458 candidates from 7 documents (120,000 characters) in 2.1 s.'
    )
    await i18n.changeLanguage('zh-CN')
    expect(miningSummaryText(i18n.t, { ...onlyChinese, mode: 'full' }, 'zh-CN')).toBe(
      '中文：从 7 篇文档（120,000 字）中提取 3,458 个候选术语，用时 2.1 秒。'
    )
  })
})
