/**
 * Readings of Han characters, from pinyin-pro (pure JavaScript, MIT): per character its toneless
 * syllables and toned readings, every polyphone reading included (行 → xing2, hang2, hang4, heng2).
 * Built once per process over the CJK block U+4E00–U+9FFF (~0.4 s): the concordance index holds
 * Han text folded to simplified, which that block covers.
 */
import { pinyin } from 'pinyin-pro'

import type { PinyinSyllable } from './pinyin-query'

export interface CharReadings {
  /** Toneless syllables, ü as v ("lv"). */
  syllables: string[]
  /** Toned readings as syllable + digit, 0 = neutral ("de0", "xin1"). */
  toned: Set<string>
}

let table: Map<string, CharReadings> | null = null

function build(): Map<string, CharReadings> {
  const out = new Map<string, CharReadings>()
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code)
    const list = pinyin(ch, { multiple: true, type: 'array', toneType: 'num', v: true }) as string[]
    const toned = new Set<string>()
    const syllables = new Set<string>()
    for (const r of list) {
      // Characters pinyin-pro has no reading for come back as themselves: skip them.
      const m = /^([a-z]+)([0-4])?$/.exec(r)
      if (!m) continue
      syllables.add(m[1])
      toned.add(m[1] + (m[2] ?? '0'))
    }
    if (syllables.size) out.set(ch, { syllables: [...syllables], toned })
  }
  return out
}

/** The readings of one (simplified) character, or undefined when it has none in the table. */
export function readingsOf(ch: string): CharReadings | undefined {
  table ??= build()
  return table.get(ch)
}

/** Whether `ch` can be read as `s` (any tone when s.tone is null). */
export function readsAs(ch: string, s: PinyinSyllable): boolean {
  const r = readingsOf(ch)
  if (!r) return false
  return s.tone === null ? r.syllables.includes(s.syl) : r.toned.has(s.syl + s.tone)
}
