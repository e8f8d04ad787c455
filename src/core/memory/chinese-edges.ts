/**
 * Where a Chinese proposal may start and end: on word boundaries. With a Segmenter (jieba, passed in
 * by the main side) a word boundary is the segmenter's, and a cut inside one of its longer words
 * (扩大内需, 社会主义市场经济) is allowed where the parts have two characters or more and the part
 * stands on its own elsewhere. Without one, the
 * boundaries come from character statistics: accessor variety (Feng et al. 2004), the number of
 * distinct characters found before (or after) a string across a corpus. A string always preceded by
 * the same character (休人员… always after 退, 实体 always before 经济 in a policy memory) is part of
 * something longer; a word turns up in several contexts.
 */
import { isHanCode } from '../../shared/script'
import type { Segmenter } from '../text/segmenter'

/** Distinct neighbours a side needs to count as a word boundary. */
const MIN_VARIETY = 2
/**
 * Two characters seen together this many times more often than chance, and at least STICKY_COUNT
 * times, are taken for one word: no boundary between them (农|民, 退|休), where accessor variety alone
 * would allow one (民人均 follows both 农 and 居).
 */
const STICKY_RATIO = 200
const STICKY_COUNT = 3

/**
 * Occurrence index over a corpus of Chinese texts: each Han character's positions, so the contexts
 * of any string are found from the postings of its rarest character.
 */
export class ChineseContexts {
  private readonly texts: readonly string[]
  private readonly postings = new Map<number, number[]>()
  private readonly memo = new Map<string, [number, number]>()
  /** Han bigram counts, and the number of Han characters. */
  private readonly pairs = new Map<number, number>()
  private chars = 0

  constructor(texts: readonly string[]) {
    this.texts = texts
    texts.forEach((t, k) => {
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i)
        if (!isHanCode(c)) continue
        let list = this.postings.get(c)
        if (!list) this.postings.set(c, (list = []))
        // Text number and offset in one number: texts stay far below 2^20 characters each.
        list.push(k * 2 ** 20 + i)
        this.chars++
        const next = i + 1 < t.length ? t.charCodeAt(i + 1) : 0
        if (isHanCode(next)) this.pairs.set(c * 65536 + next, (this.pairs.get(c * 65536 + next) ?? 0) + 1)
      }
    })
  }

  /** Are the two characters at this junction so often together that they make one word? */
  sticky(before: number, after: number): boolean {
    const both = this.pairs.get(before * 65536 + after) ?? 0
    if (both < STICKY_COUNT) return false
    const a = this.postings.get(before)?.length ?? 0
    const b = this.postings.get(after)?.length ?? 0
    return both * this.chars >= STICKY_RATIO * a * b
  }

  /**
   * Accessor variety of `s`: distinct characters before and after its occurrences (up to a few), each
   * occurrence at a text or punctuation edge counting as a distinct neighbour of its own.
   */
  variety(s: string): [number, number] {
    const cached = this.memo.get(s)
    if (cached) return cached
    let rarest: number[] | undefined
    let at = 0
    for (let k = 0; k < s.length; k++) {
      const list = this.postings.get(s.charCodeAt(k))
      if (!list) {
        rarest = []
        break
      }
      if (!rarest || list.length < rarest.length) {
        rarest = list
        at = k
      }
    }
    const left = new Set<number>()
    const right = new Set<number>()
    let edgeLeft = 0
    let edgeRight = 0
    for (const p of rarest ?? []) {
      const text = this.texts[Math.floor(p / 2 ** 20)]
      const start = (p % 2 ** 20) - at
      if (start < 0 || !text.startsWith(s, start)) continue
      const before = start > 0 ? text.charCodeAt(start - 1) : -1
      const after = start + s.length < text.length ? text.charCodeAt(start + s.length) : -1
      if (before >= 0 && isHanCode(before)) left.add(before)
      else edgeLeft++
      if (after >= 0 && isHanCode(after)) right.add(after)
      else edgeRight++
      if (left.size + edgeLeft >= MIN_VARIETY && right.size + edgeRight >= MIN_VARIETY) break
    }
    const out: [number, number] = [left.size + edgeLeft, right.size + edgeRight]
    this.memo.set(s, out)
    return out
  }
}

/** Word edges of one text: which offsets (0..length) a proposal may start or end at. */
export interface TextEdges {
  /** 1 at a segmenter boundary or a Han-run edge (punctuation, Latin, the text's ends). */
  sure: Uint8Array
  /** 1 inside a segmenter word, two characters or more from its ends: a cut there needs the corpus's word. */
  splittable: Uint8Array
}

export function textEdges(text: string, segmenter: Segmenter | undefined): TextEdges {
  const n = text.length
  const sure = new Uint8Array(n + 1)
  const splittable = new Uint8Array(n + 1)
  sure[0] = 1
  sure[n] = 1
  for (let i = 1; i < n; i++) {
    if (!isHanCode(text.charCodeAt(i - 1)) || !isHanCode(text.charCodeAt(i))) sure[i] = 1
  }
  if (segmenter) {
    for (const w of segmenter.segment(text)) {
      if (w.start >= 0 && w.start <= n) sure[w.start] = 1
      if (w.end >= 0 && w.end <= n) sure[w.end] = 1
      // A compound (扩大内需, 粮食产量) may split into parts of two characters or more, never leaving one.
      for (let i = w.start + 2; i <= w.end - 2; i++) splittable[i] = 1
    }
  } else {
    for (let i = 1; i < n; i++) splittable[i] = 1
  }
  return { sure, splittable }
}

/**
 * Does the span [start, end) of the text start and end on word boundaries? A sure edge is one; an edge
 * the segmenter allows splitting (or any, without a segmenter) is one when the corpus sees the span
 * with several different neighbours on that side.
 */
export function onWordEdges(
  text: string,
  edges: TextEdges,
  start: number,
  end: number,
  contexts: ChineseContexts
): boolean {
  const ok = (at: number, side: 0 | 1): boolean => {
    if (edges.sure[at]) return true
    if (!edges.splittable[at] || contexts.sticky(text.charCodeAt(at - 1), text.charCodeAt(at))) return false
    return contexts.variety(text.slice(start, end))[side] >= MIN_VARIETY
  }
  return ok(start, 0) && ok(end, 1)
}

/**
 * Single-character function words: a rendering neither starts nor ends with one standing as a word of
 * its own (和新质, 的乡村, 生产力的 are a term with its neighbour's grammar, not a unit).
 */
const FUNCTION_CHARS = new Set([...'的地得了着过和与及或并而且也都就在于从向对把被将为以是之其等'])

/** Does the span start or end with a one-character function word (as the segmenter cut it)? */
export function hangsOnFunctionWord(text: string, edges: TextEdges, start: number, end: number): boolean {
  if (end - start < 2) return false
  const first = FUNCTION_CHARS.has(text[start]) && edges.sure[start] === 1 && edges.sure[start + 1] === 1
  const last = FUNCTION_CHARS.has(text[end - 1]) && edges.sure[end - 1] === 1 && edges.sure[end] === 1
  return first || last
}
