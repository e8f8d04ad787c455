/**
 * A Segmenter over @node-rs/jieba for core tests (core takes the segmenter as an argument; main supplies its
 * own). Offsets come from walking the text with the words jieba returns, which cover it in order.
 */
import { createRequire } from 'node:module'

import type { SegmentedWord, Segmenter } from '../../src/core/text/segmenter'

interface JiebaNative {
  cut(sentence: string, hmm?: boolean): string[]
}

let jieba: JiebaNative | undefined

export function testSegmenter(): Segmenter {
  if (!jieba) {
    const require = createRequire(__filename)
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaNative } }
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array }
    jieba = Jieba.withDict(dict)
  }
  const native = jieba
  return {
    segment(text: string): SegmentedWord[] {
      const out: SegmentedWord[] = []
      let pos = 0
      for (const word of native.cut(text, false)) {
        const at = text.indexOf(word, pos)
        if (at < 0) continue
        out.push({ text: word, start: at, end: at + word.length, tag: '' })
        pos = at + word.length
      }
      return out
    }
  }
}
