import { describe, expect, it } from 'vitest'
import { initI18n } from '../../src/renderer/src/i18n/setup'
import { miningSummaryText } from '../../src/renderer/src/screens/candidates/use-mining'

describe('mining summary line', () => {
  it('says a re-mine mined only the new documents, and how many decisions it kept', async () => {
    const i18n = await initI18n('en')
    const base = { candidates: 1200, words: 4100, documents: 5, kept: 0, ms: 1234, warnings: [] }
    expect(miningSummaryText(i18n.t, { ...base, mode: 'full' }, 'en'))
      .toBe('1,200 candidates mined from 5 documents (4,100 words) in 1.2 s.')
    expect(miningSummaryText(i18n.t, { ...base, kept: 3, mode: 'incremental', documentsMined: 1, wordsMined: 812 }, 'en'))
      .toBe('Only the new document was mined (812 words); 1,200 candidates in 1.2 s. 3 review decisions kept.')
    await i18n.changeLanguage('zh-CN')
    expect(miningSummaryText(i18n.t, { ...base, mode: 'incremental', documentsMined: 2, wordsMined: 900 }, 'zh-CN'))
      .toContain('仅提取了新增的 2 篇文档')
  })
})
