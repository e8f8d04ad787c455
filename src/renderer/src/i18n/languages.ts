/** The UI languages we ship resources for; i18next's own `supportedLngs` uses the same list. */
export const uiLanguages = ['en', 'zh-CN'] as const
export type UiLanguage = (typeof uiLanguages)[number]

/** The settings key that remembers the choice (browser mode gets a new port, so no localStorage). */
export const languageSettingKey = 'ui.language'

/** Maps a BCP 47 tag to a UI language: any Chinese variant reads the zh-CN resources. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage | null {
  if (!tag) return null
  const lower = tag.trim().toLowerCase()
  if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN'
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en'
  return null
}

/**
 * The first language that applies: an explicit `?lang=` (tests and links), then the saved
 * setting, then the browser's preferences, then English.
 */
export function pickInitialLanguage(sources: {
  query: string | null
  saved: string | null
  browser: readonly string[]
}): UiLanguage {
  const candidates = [sources.query, sources.saved, ...sources.browser]
  for (const candidate of candidates) {
    const language = toUiLanguage(candidate)
    if (language) return language
  }
  return 'en'
}
