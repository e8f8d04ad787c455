import { isHanCode } from '../../shared/script'
import type { Lang } from '../../shared/vocabulary'

/**
 * Word counts as translators quote them: English counts word tokens; Chinese counts Han characters
 * plus any Latin-script words or numbers embedded in the text ("5G", "Huawei", "2025").
 */
// Letters/digits, allowing inner apostrophes, hyphens and number punctuation ("don't", "7,266", "3.5").
const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+|,\d+)*/gu

export function countWords(text: string, lang: Lang): number {
  let count = 0
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0]
    // Split the token into Han characters and runs of anything else: in Chinese each Han character
    // counts; in English a run of Han characters counts as one word (a quoted Chinese name or term).
    let hanChars = 0
    let hanRuns = 0
    let otherRuns = 0
    let run: 'han' | 'other' | null = null
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i)
      if (c >= 0xdc00 && c <= 0xdfff) continue // low surrogate: belongs to the previous character
      if (isHanCode(c)) {
        hanChars++
        if (run !== 'han') hanRuns++
        run = 'han'
      } else {
        if (run !== 'other') otherRuns++
        run = 'other'
      }
    }
    count += otherRuns + (lang === 'zh' ? hanChars : hanRuns)
  }
  return count
}
