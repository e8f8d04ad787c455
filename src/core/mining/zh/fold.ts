/**
 * The miner's view of Chinese text: one character for one, so an offset in the folded text is an offset in
 * the original (occurrences point into the stored segment). Traditional characters fold to simplified
 * (OpenCC's character table, as the concordance folds them: src/core/concordance/fold.ts), so 新質生產力 and
 * 新质生产力 are one candidate with two written forms; full-width letters and digits fold to ASCII and Latin
 * letters to lower case, so ＧＤＰ, GDP and gdp group too. Punctuation is left as it is: it never enters a
 * candidate, and most Chinese text then folds to itself (no per-candidate comparison of written forms). A
 * lookup table over the Basic Multilingual Plane instead of a Map per character: the fold runs over every
 * character mined.
 */
import tsCharacters from 'opencc-js/dict/TSCharacters'

let table: Uint16Array | null = null

function foldTable(): Uint16Array {
  if (table) return table
  const t = new Uint16Array(0x10000)
  for (let c = 0; c < 0x10000; c++) t[c] = c
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20
  // Full-width digits and letters → ASCII (letters in lower case).
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = c - 0xfee0
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0 + 0x20
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = c - 0xfee0
  for (const pair of tsCharacters.split('|')) {
    const [from, to] = pair.split(' ')
    // Single BMP code units only: a pair with an astral side would change the length.
    if (from?.length === 1 && to?.length === 1) t[from.charCodeAt(0)] = to.charCodeAt(0)
  }
  table = t
  return t
}

/** Folds a text for mining; the result has the same length as the input. */
export function foldForMining(text: string): string {
  const t = foldTable()
  let out: string[] | null = null
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const f = t[c]
    if (f === c) continue
    out ??= []
    out.push(text.slice(from, i), String.fromCharCode(f))
    from = i + 1
  }
  if (!out) return text
  out.push(text.slice(from))
  return out.join('')
}
