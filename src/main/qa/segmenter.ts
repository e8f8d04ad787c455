/**
 * The Chinese segmenter QA gives core (whole-word matching of Chinese terms: 人民 is not in 人民币).
 * @node-rs/jieba (MIT, prebuilt N-API binaries), one instance per process, loaded on first use (~0.2 s for its
 * dictionary).
 * TODO(#17): use main/text/jieba-segmenter.ts once it is on main (this is the same idea, without tags).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { SegmentedWord, Segmenter } from '../../core/text/segmenter'

interface JiebaNative {
  cut(sentence: string, hmm?: boolean): string[]
}

let native: JiebaNative | null | undefined

function jieba(): JiebaNative | null {
  if (native !== undefined) return native
  try {
    const load = createRequire(__filename)
    const { Jieba } = load('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaNative } }
    native = Jieba.withDict(readFileSync(load.resolve('@node-rs/jieba/dict.txt')))
  } catch {
    native = null
  }
  return native
}

/**
 * Loaded on first use: an English → Chinese check segments only targets that hold a forbidden or deprecated
 * term, often none. Should jieba fail to load then, every character is a word of its own: all occurrences
 * stand on word boundaries, as in core's substring fallback.
 */
export function qaSegmenter(): Segmenter {
  return {
    segment(text: string): SegmentedWord[] {
      const j = jieba()
      const out: SegmentedWord[] = []
      if (!j) {
        for (let i = 0; i < text.length; i++) out.push({ text: text[i], start: i, end: i + 1, tag: '' })
        return out
      }
      let pos = 0
      for (const word of j.cut(text, false)) {
        const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos)
        if (at < 0) continue
        out.push({ text: word, start: at, end: at + word.length, tag: '' })
        pos = at + word.length
      }
      return out
    }
  }
}
