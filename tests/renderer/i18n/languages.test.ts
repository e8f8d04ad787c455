import { describe, expect, it } from 'vitest'

import { pickInitialLanguage, toUiLanguage } from '../../../src/renderer/src/i18n/languages'

describe('UI language choice', () => {
  it('maps every Chinese variant to zh-CN and English variants to en', () => {
    expect(toUiLanguage('zh')).toBe('zh-CN')
    expect(toUiLanguage('zh-TW')).toBe('zh-CN')
    expect(toUiLanguage('zh-Hans-CN')).toBe('zh-CN')
    expect(toUiLanguage('en-GB')).toBe('en')
    expect(toUiLanguage('fr-FR')).toBeNull()
    expect(toUiLanguage('')).toBeNull()
    expect(toUiLanguage('zhx')).toBeNull()
  })

  it('prefers ?lang=, then the saved setting, then the browser, then English', () => {
    expect(pickInitialLanguage({ query: 'zh-CN', saved: 'en', browser: ['en-US'] })).toBe('zh-CN')
    expect(pickInitialLanguage({ query: null, saved: 'zh-CN', browser: ['en-US'] })).toBe('zh-CN')
    expect(pickInitialLanguage({ query: null, saved: null, browser: ['fr', 'zh-TW'] })).toBe('zh-CN')
    expect(pickInitialLanguage({ query: 'de', saved: 'garbage', browser: ['fr'] })).toBe('en')
  })
})
