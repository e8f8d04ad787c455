/**
 * Language-tag canonicalisation for exchange files. CAT tools write Chinese as zh, zh-CN, zh-Hans,
 * zh-SG, ZH-CN, zh_CN…; Shuyu stores one form per script so synonyms from different files meet.
 */

const SIMPLIFIED = new Set([
  'zh',
  'zh-cn',
  'zh-hans',
  'zh-hans-cn',
  'zh-sg',
  'zh-hans-sg',
  'zh-my',
  'cmn',
  'cmn-hans',
  'cmn-cn',
  'chi',
  'zho',
  'chinese'
])
const TRADITIONAL = new Set([
  'zh-tw',
  'zh-hant',
  'zh-hant-tw',
  'zh-hk',
  'zh-hant-hk',
  'zh-mo',
  'zh-hant-mo',
  'cmn-hant',
  'cmn-tw'
])

/**
 * Canonical BCP 47 form: Chinese collapses to zh-CN (simplified) or zh-TW (traditional, including HK/MO);
 * everything else keeps its subtags with BCP 47 casing (en-us → en-US, sr-latn → sr-Latn).
 * Underscores (Java/POSIX style) are read as hyphens. Empty input stays empty.
 */
export function canonicalLang(tag: string): string {
  let v = canonicalCache.get(tag)
  if (v === undefined) {
    v = canonicalUncached(tag)
    // Bounded so hostile input with endless distinct tags cannot grow it without limit.
    if (canonicalCache.size >= CACHE_LIMIT) canonicalCache.clear()
    canonicalCache.set(tag, v)
  }
  return v
}

/**
 * Memoised per distinct tag: readers and writers call canonicalLang for every term, example and unit
 * (millions of calls) with a handful of distinct tags; uncached it was ~10 % of an import's profile.
 */
const canonicalCache = new Map<string, string>()
const primaryCache = new Map<string, string>()
const CACHE_LIMIT = 10_000

function canonicalUncached(tag: string): string {
  const t = tag.trim().replace(/_/g, '-')
  if (!t) return ''
  const lower = t.toLowerCase()
  if (SIMPLIFIED.has(lower)) return 'zh-CN'
  if (TRADITIONAL.has(lower)) return 'zh-TW'
  if (lower.startsWith('zh-hans-') || lower.startsWith('zh-cn-')) return 'zh-CN'
  if (lower.startsWith('zh-hant-') || lower.startsWith('zh-tw-')) return 'zh-TW'
  if (lower === 'english' || lower === 'eng') return 'en'
  return lower
    .split('-')
    .map((part, i) => {
      if (i === 0) return part
      if (part.length === 2) return part.toUpperCase()
      if (part.length === 4 && /^[a-z]+$/.test(part)) return part[0].toUpperCase() + part.slice(1)
      return part
    })
    .join('-')
}

/** The primary language subtag ("en-US" → "en"), lower case. */
export function primaryLang(tag: string): string {
  let v = primaryCache.get(tag)
  if (v === undefined) {
    v = canonicalLang(tag).split('-')[0]
    if (primaryCache.size >= CACHE_LIMIT) primaryCache.clear()
    primaryCache.set(tag, v)
  }
  return v
}

/** True when the two tags denote the same language for matching purposes (en ~ en-US, zh ~ zh-CN). */
export function sameLanguage(a: string, b: string): boolean {
  return a === b || canonicalLang(a) === canonicalLang(b) || primaryLang(a) === primaryLang(b)
}
