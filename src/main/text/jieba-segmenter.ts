/**
 * The Chinese segmenter core code takes as an argument (core/text/segmenter.ts), over @node-rs/jieba: jieba's
 * dictionary and DAG segmenter in Rust behind N-API, MIT. N-API is ABI-stable, so the same prebuilt binary
 * (the platform package @node-rs/jieba-<os>-<cpu>, an optional dependency npm picks) loads in Node, in
 * Electron's main process and in worker threads, with no rebuild for Electron (unlike better-sqlite3).
 *
 * One jieba instance per process or worker thread, created on first use (it reads the 5 MB dictionary:
 * ~0.2 s), so a process that never meets Chinese never pays for it, and a platform without the binary fails
 * only when Chinese is segmented. Words added with addUserWords() (the term base's accepted Chinese terms)
 * go into that instance's dictionary, so they come out whole everywhere in the process.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { SegmentedWord, Segmenter } from '../../core/text/segmenter'

interface TaggedWord {
  word: string
  tag: string
}

/** The part of @node-rs/jieba's Jieba class used here. */
interface JiebaNative {
  cut(sentence: string, hmm?: boolean): string[]
  cutAll(sentence: string): string[]
  tag(sentence: string, hmm?: boolean): TaggedWord[]
  loadDict(dict: Uint8Array): void
}

export interface JiebaSegmenterOptions {
  /** Part-of-speech tags (jieba's tag(), about half the speed of plain cutting); default true. Without them
   *  every word's tag is ''. */
  tags?: boolean
  /**
   * jieba's HMM guess at words missing from the dictionary; default false. Off, an unknown word comes out
   * as single characters (新质生产力 → 新/质/生产力) that n-gram statistics can put back together; on, the
   * guess glues characters across real boundaries now and then (不良贷款/和历 → "和历").
   */
  hmm?: boolean
}

let native: JiebaNative | undefined
const userWords = new Set<string>()

/** Dictionary weight of a user word. High enough to beat any split into dictionary words (a split into two
 *  common words scores ≈ ln(1e5/6e7) each), low enough that ten thousand terms barely move the dictionary's
 *  total (6.0e7), which every word's probability is divided by. */
const USER_WORD_FREQ = 2000

function jieba(): JiebaNative {
  if (native) return native
  const load = createRequire(__filename)
  const { Jieba } = load('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaNative } }
  native = Jieba.withDict(readFileSync(load.resolve('@node-rs/jieba/dict.txt')))
  return native
}

/** Lone surrogates become U+FFFD in jieba's output; replacing them first (same length) keeps offsets exact. */
function wellFormed(text: string): string {
  const s = text as string & { isWellFormed?: () => boolean; toWellFormed?: () => string }
  if (!s.isWellFormed || s.isWellFormed()) return text
  return s.toWellFormed ? s.toWellFormed() : text
}

/**
 * Words with exact UTF-16 offsets: jieba returns the words only, in order and covering the input, so the
 * offsets come from walking the text. Should a word ever not be found where it should stand, the text up to
 * where it is found (or to the end) becomes a word of its own, so the words still cover the input.
 */
export function withOffsets(text: string, words: readonly string[], tags?: readonly string[]): SegmentedWord[] {
  const out: SegmentedWord[] = new Array(words.length)
  let n = 0
  let pos = 0
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    if (!w) continue
    let at = pos
    if (!text.startsWith(w, pos)) {
      at = text.indexOf(w, pos)
      if (at < 0) continue
      out[n++] = { text: text.slice(pos, at), start: pos, end: at, tag: 'x' }
    }
    const end = at + w.length
    out[n++] = { text: text.slice(at, end), start: at, end, tag: tags ? tags[i] : '' }
    pos = end
  }
  if (pos < text.length) out[n++] = { text: text.slice(pos), start: pos, end: text.length, tag: 'x' }
  out.length = n
  return out
}

/** A Segmenter over this process's jieba instance. */
export function jiebaSegmenter(opts: JiebaSegmenterOptions = {}): Segmenter {
  const tags = opts.tags ?? true
  const hmm = opts.hmm ?? false
  return {
    words(text: string): string[] {
      return text ? jieba().cut(wellFormed(text), hmm) : []
    },
    segment(text: string): SegmentedWord[] {
      if (!text) return []
      const input = wellFormed(text)
      if (!tags) return withOffsets(text, jieba().cut(input, hmm))
      const tagged = jieba().tag(input, hmm)
      return withOffsets(
        text,
        tagged.map((t) => t.word),
        tagged.map((t) => t.tag)
      )
    }
  }
}

/**
 * Every dictionary word (user words included) found anywhere inside the text, single characters too: the
 * pieces a segmenter without HMM can cut the text into (jieba's full mode).
 */
export function dictionaryWordsIn(text: string): string[] {
  return text ? jieba().cutAll(wellFormed(text)) : []
}

/** Is this usable as a dictionary word? One line of jieba's dictionary format ("word freq tag") each. */
function isUserWord(w: string): boolean {
  return w.length >= 2 && w.length <= 64 && !/[\s\p{Cc}]/u.test(w)
}

/**
 * Adds words to this process's jieba dictionary, so they segment whole (accepted terms: 新质生产力 instead of
 * 新/质/生产力). Words jieba already keeps whole are left as they are (re-adding would change their weight).
 * Returns how many words were added.
 */
export function addUserWords(words: Iterable<string>): number {
  const j = jieba()
  const lines: string[] = []
  for (const raw of words) {
    const w = raw.trim()
    if (userWords.has(w) || !isUserWord(w)) continue
    userWords.add(w)
    if (j.cut(w, false).length <= 1) continue
    lines.push(`${w} ${USER_WORD_FREQ} nz`)
  }
  if (lines.length) j.loadDict(Buffer.from(lines.join('\n') + '\n', 'utf8'))
  return lines.length
}
