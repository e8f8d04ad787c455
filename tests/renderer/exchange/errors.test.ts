import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { describeError } from '../../../src/renderer/src/lib/api-error'
import { localizeWarning } from '../../../src/renderer/src/screens/exchange/import-warnings'
import type { ApiErrorPayload } from '../../../src/shared/api'
import type { ImportWarningText } from '../../../src/shared/models'

// Payloads as the server sends them (see tests/main/exchange/error-keys.test.ts for where they come from).
const mismatched: ApiErrorPayload = {
  code: 'bad-input',
  file: 'broken.tbx',
  line: 5,
  column: 61,
  message: 'broken.tbx:5:61: unexpected close tag </trm>; expected </term>',
  key: 'exchange.xml.mismatchedTag',
  params: { tag: 'trm', expected: 'term' }
}
const entities: ApiErrorPayload = {
  code: 'bad-input',
  file: 'entities.tbx',
  line: 4,
  column: 3,
  message: 'entities.tbx:4:3: DOCTYPE/entities not allowed',
  key: 'exchange.xml.entitiesRefused',
  params: {}
}
const empty: ApiErrorPayload = {
  code: 'bad-input',
  file: '/home/li/glossaries/empty.csv',
  message: 'empty.csv is empty',
  key: 'exchange.file.empty',
  params: { name: 'empty.csv' }
}
const keyless: ApiErrorPayload = {
  code: 'bad-input',
  file: 'odd.tbx',
  line: 2,
  column: 9,
  message: 'odd.tbx:2:9: something no key names yet'
}

beforeAll(async () => {
  await initI18n('zh-CN')
})

describe('exchange errors in the UI language', () => {
  it('Chinese: the reason translated, the file, line and column framed in Chinese', async () => {
    await i18next.changeLanguage('zh-CN')
    expect(describeError(mismatched)).toBe(
      '文件 broken.tbx 第 5 行第 61 列：结束标签 </trm> 与开始标签不匹配，此处应为 </term>。'
    )
    expect(describeError(entities)).toBe('文件 entities.tbx 第 4 行第 3 列：出于安全考虑，不接受声明了实体的 DOCTYPE。')
    // A message that names its file is not framed a second time.
    expect(describeError(empty)).toBe('empty.csv 是空文件。')
    // No key: only the raw reason stays English, the place is said in Chinese.
    expect(describeError(keyless)).toBe('文件 odd.tbx 第 2 行第 9 列：something no key names yet')
  })

  it('English: exactly the message the server sent (and the CLI prints)', async () => {
    await i18next.changeLanguage('en')
    for (const payload of [mismatched, entities, empty, keyless]) {
      expect(describeError(payload)).toBe(payload.message)
    }
  })
})

/** Warnings as the importers write them (main/exchange, core/exchange): English text, key and parameters. */
const WARNINGS: Array<[string, ImportWarningText, string]> = [
  [
    'entry c7: no usable term, not imported',
    { key: 'noUsableTerm', params: { entryId: 'c7' } },
    '条目 c7：没有可用的术语，未导入。'
  ],
  [
    'entry #12: no usable term, not imported',
    { key: 'noUsableTerm', params: { entryNumber: 12 } },
    '第 12 个条目：没有可用的术语，未导入。'
  ],
  [
    'entry c7: shares terms with concepts 3, 9; merged into 3',
    { key: 'sharedTerms', params: { entryId: 'c7', concepts: '3,9', target: 3 } },
    '条目 c7：与概念 3、9 有相同的术语，已合并到概念 3。'
  ],
  [
    'entry m1: "新型生产力" is admitted in the file but forbidden in concept 4 (kept)',
    {
      key: 'statusConflict',
      params: { entryId: 'm1', term: '新型生产力', fileStatus: 'admitted', status: 'forbidden', concept: 4 }
    },
    '条目 m1：“新型生产力”在文件中为许用，在概念 4 中为禁用（保留原状态）。'
  ],
  [
    "entry d1: its definition differs from concept 4's (the concept's kept; the file's saved as \"imported definition\")",
    { key: 'fieldConflict', params: { entryId: 'd1', field: 'definition', concept: 4 } },
    '条目 d1：定义与概念 4 的不同（保留概念原有内容，文件中的内容另存为“imported definition”）。'
  ],
  [
    'entry m1b: "NQPF" is preferred in the file but concept 4 already has a preferred term in that language (added as admitted)',
    { key: 'secondPreferred', params: { entryId: 'm1b', term: 'NQPF', concept: 4 } },
    '条目 m1b：“NQPF”在文件中为首选，但概念 4 在该语言中已有首选术语（已作为许用术语加入）。'
  ],
  [
    'entry a: term "!!!" skipped: A term needs at least one letter or digit',
    { key: 'termSkipped', params: { entryId: 'a', term: '!!!', reason: 'term.noLetter' } },
    '条目 a：已跳过术语“!!!”：术语至少需要一个字母、数字或汉字：“!!!”。'
  ],
  [
    'entry a: term "policy" skipped: no language',
    { key: 'termSkipped', params: { entryId: 'a', term: 'policy', reason: 'noLanguage' } },
    '条目 a：已跳过术语“policy”：未标明语言。'
  ],
  [
    'entry (no id): a term section without term text was skipped',
    { key: 'emptyTermSection', params: {} },
    '无 ID 的条目：有一个术语节没有术语文本，已跳过。'
  ],
  [
    'duplicate entry id "d1": both entries kept',
    { key: 'duplicateId', params: { id: 'd1' } },
    '条目 ID“d1”重复：两个条目都已保留。'
  ],
  [
    'tu #3 has fewer than two languages: skipped',
    { key: 'oneLanguageTu', params: { unit: 3 } },
    '第 3 个翻译单元（tu）不足两种语言，已跳过。'
  ],
  [
    'unit #8: empty segment or language, skipped',
    { key: 'emptyUnit', params: { unit: 8 } },
    '第 8 个翻译单元：句段或语言为空，已跳过。'
  ],
  [
    'glossary.csv:4: row has 4 cells, header has 3',
    { key: 'raggedRow', params: { cells: 4, width: 3 }, file: 'glossary.csv', line: 4 },
    '文件 glossary.csv 第 4 行：此行有 4 个单元格，表头有 3 个。'
  ],
  [
    'glossary.csv:3: row without any term skipped',
    { key: 'rowWithoutTerm', params: {}, file: 'glossary.csv', line: 3 },
    '文件 glossary.csv 第 3 行：此行没有任何术语，已跳过。'
  ],
  [
    'nothing.tbx: no entries found',
    { key: 'noEntries', params: { name: 'nothing.tbx' } },
    'nothing.tbx：没有找到任何条目。'
  ],
  ['… and 57 more warnings', { key: 'more', params: { count: 57 } }, '……另有 57 条警告。']
]

describe('import warnings in the UI language', () => {
  it('Chinese for every warning the importers write', async () => {
    await i18next.changeLanguage('zh-CN')
    for (const [english, text, chinese] of WARNINGS) expect(localizeWarning(english, text, i18next.t)).toBe(chinese)
  })

  it("English: the importer's own words; a warning without a text as sent in any language", async () => {
    await i18next.changeLanguage('en')
    // The term checks' reason is the one part said differently (the editor's sentence, with the term).
    for (const [english, text] of WARNINGS.filter(([w]) => !w.includes('letter or digit'))) {
      expect(localizeWarning(english, text, i18next.t)).toBe(english)
    }
    await i18next.changeLanguage('zh-CN')
    expect(localizeWarning('a brand-new kind of warning', null, i18next.t)).toBe('a brand-new kind of warning')
  })
})
