import { describe, expect, it } from 'vitest'

import { detectLanguage } from '../../src/shared/script'

describe('detectLanguage', () => {
  it.each([
    ['Innovation is the primary driving force for development.', 'en'],
    ['新质生产力是推动高质量发展的内在要求和重要着力点。', 'zh'],
    // Chinese with English names and acronyms is still Chinese.
    ['华为技术有限公司（Huawei Technologies Co., Ltd.）在深圳发布了5G和AI新产品，CEO表示将加大研发投入。', 'zh'],
    // English with a Chinese term quoted is still English.
    ['The concept of new quality productive forces (新质生产力) was first raised in September 2023 by Xi.', 'en'],
    ['', 'en'],
    ['12345 !!! ...', 'en'],
    ['新質生產力', 'zh']
  ] as const)('%j → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang)
  })
})
