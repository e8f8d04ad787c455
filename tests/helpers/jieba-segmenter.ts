/**
 * jieba as a core `Segmenter`, for tests and benchmarks only (the app's own is src/main/text, written
 * elsewhere): words with their offsets and part-of-speech tags, covering the text without gaps.
 */
import { createRequire } from 'node:module'

import type { SegmentedWord, Segmenter } from '../../src/core/text/segmenter'

interface JiebaLike {
  tag(text: string, hmm?: boolean): { word: string; tag: string }[]
}

let shared: JiebaLike | null = null

function jieba(): JiebaLike {
  if (!shared) {
    const require = createRequire(__filename)
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaLike } }
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array }
    shared = Jieba.withDict(dict)
  }
  return shared
}

export function jiebaSegmenter(): Segmenter {
  const j = jieba()
  return {
    segment(text: string): SegmentedWord[] {
      const out: SegmentedWord[] = []
      let at = 0
      for (const { word, tag } of j.tag(text, true)) {
        // jieba returns the words in order and covering the text; find each one to be safe anyway.
        const start = text.indexOf(word, at)
        if (start < 0) continue
        out.push({ text: word, start, end: start + word.length, tag })
        at = start + word.length
      }
      return out
    }
  }
}
