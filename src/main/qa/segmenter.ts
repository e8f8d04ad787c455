/**
 * The Chinese segmenter QA gives core (whole-word matching of Chinese terms: 人民 is not in 人民币).
 * @node-rs/jieba (MIT, prebuilt N-API binaries), one instance per process, loaded on first use (~0.2 s for its
 * dictionary). Where the native module cannot load, QA falls back to core's substring matching with obvious
 * boundaries, and says so nowhere: the checks still run.
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

export function qaSegmenter(): Segmenter | undefined {
  const j = jieba()
  if (!j) return undefined
  return {
    segment(text: string): SegmentedWord[] {
      const out: SegmentedWord[] = []
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
