import { describe, expect, it } from 'vitest'

import { detectLanguage, isChineseText, isJapaneseText, isKanaCode } from '../../src/shared/script'

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

describe('isChineseText / isJapaneseText', () => {
  it.each([
    ['新质生产力是推动高质量发展的内在要求和重要着力点。', true, false],
    ['新質生產力是推動高質量發展的內在要求。', true, false],
    ['华为（Huawei）在深圳发布了5G和AI新产品，CEO表示将加大研发投入。', true, false],
    // Japanese: kanji with kana particles, even a kanji-heavy headline.
    ['これは日本語の文章です。経済発展を目指す。', false, true],
    ['経済発展の新段階', false, true],
    ['カタカナだけ', false, true],
    // A Chinese article naming a Japanese brand keeps being Chinese.
    ['日本企业推出的ポケモン游戏在中国市场受到欢迎，销售额持续增长，带动了相关产业链的发展和就业。', true, false],
    // Foreign names joined by the katakana middle dot are Chinese, not Japanese.
    ['约翰・史密斯访问北京', true, false],
    ['The concept of new quality productive forces (新质生产力) was raised.', false, false],
    ['', false, false]
  ] as const)('%j → chinese %s, japanese %s', (text, zh, ja) => {
    expect(isChineseText(text)).toBe(zh)
    expect(isJapaneseText(text)).toBe(ja)
  })

  it('knows kana by code unit', () => {
    expect(isKanaCode('の'.charCodeAt(0))).toBe(true)
    expect(isKanaCode('ア'.charCodeAt(0))).toBe(true)
    expect(isKanaCode('ｱ'.charCodeAt(0))).toBe(true)
    expect(isKanaCode('・'.charCodeAt(0))).toBe(false)
    expect(isKanaCode('中'.charCodeAt(0))).toBe(false)
  })
})
