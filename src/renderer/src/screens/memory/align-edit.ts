import type { Lang } from '../../../../shared/vocabulary'
/**
 * The alignment review: links between English and Chinese sentences, held as sentence indices so
 * every edit (join, split, shift, delete) keeps document order and the text is always re-derived
 * from the sentences rather than patched by string surgery.
 */
export interface EditableLink {
  en: number[]
  zh: number[]
  /** The aligner's confidence; null once the user edited the link (a person vouched for it). */
  confidence: number | null
}

export type Side = Lang

export interface Sentences {
  en: readonly string[]
  zh: readonly string[]
}

export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'edited'

/** Bands for the colour code; below 0.5 overall the whole alignment is flagged as doubtful. */
export const lowOverallConfidence = 0.5

export function confidenceLevel(confidence: number | null): ConfidenceLevel {
  if (confidence === null) return 'edited'
  if (confidence >= 0.75) return 'high'
  if (confidence >= 0.45) return 'medium'
  return 'low'
}

export function linkText(link: EditableLink, sentences: Sentences): { english: string; chinese: string } {
  return {
    english: link.en
      .map((i) => sentences.en[i] ?? '')
      .join(' ')
      .trim(),
    // Chinese sentences run on without spaces, as the aligner itself joins them.
    chinese: link.zh
      .map((i) => sentences.zh[i] ?? '')
      .join('')
      .trim()
  }
}

const edited = (en: number[], zh: number[]): EditableLink => ({ en, zh, confidence: null })

/** Merges link `index` with the one after it (a 1–1 that should have been a 2–2, say). */
export function joinWithNext(links: readonly EditableLink[], index: number): EditableLink[] {
  if (index < 0 || index >= links.length - 1) return [...links]
  const a = links[index]
  const b = links[index + 1]
  return [...links.slice(0, index), edited([...a.en, ...b.en], [...a.zh, ...b.zh]), ...links.slice(index + 2)]
}

/** True when the link has two or more sentences on some side, i.e. something to split. */
export function canSplit(link: EditableLink): boolean {
  return link.en.length > 1 || link.zh.length > 1
}

/**
 * Splits a link after the first sentence of each side: [a b]–[x y] becomes [a]–[x] and [b]–[y];
 * a side with one sentence keeps it in the first half (then shift fixes where it belongs).
 */
export function splitLink(links: readonly EditableLink[], index: number): EditableLink[] {
  const link = links[index]
  if (!link || !canSplit(link)) return [...links]
  const first = edited(link.en.slice(0, 1), link.zh.slice(0, 1))
  const second = edited(link.en.slice(1), link.zh.slice(1))
  return [...links.slice(0, index), first, second, ...links.slice(index + 1)]
}

/** Whether `shift` can move a sentence of `side` from link `index` towards `direction`. */
export function canShift(links: readonly EditableLink[], index: number, side: Side, direction: -1 | 1): boolean {
  const link = links[index]
  return Boolean(link) && link[side].length > 0 && index + direction >= 0 && index + direction < links.length
}

/**
 * Moves one sentence of one side to the neighbouring link: the first sentence to the previous link,
 * the last one to the next, so sentence order never changes. A link left with nothing is dropped.
 */
export function shiftSentence(
  links: readonly EditableLink[],
  index: number,
  side: Side,
  direction: -1 | 1
): EditableLink[] {
  if (!canShift(links, index, side, direction)) return [...links]
  const out = links.map((link) => ({ ...link, en: [...link.en], zh: [...link.zh] }))
  const from = out[index]
  const to = out[index + direction]
  if (direction === -1) to[side].push(from[side].shift() as number)
  else to[side].unshift(from[side].pop() as number)
  from.confidence = null
  to.confidence = null
  return out.filter((link) => link.en.length > 0 || link.zh.length > 0)
}

export function deleteLink(links: readonly EditableLink[], index: number): EditableLink[] {
  return links.filter((_, i) => i !== index)
}

/** What memory/saveAlignment stores: only links with text on both sides are translation units. */
export function linksToSave(
  links: readonly EditableLink[],
  sentences: Sentences
): { english: string; chinese: string }[] {
  return links.map((link) => linkText(link, sentences)).filter((pair) => pair.english !== '' && pair.chinese !== '')
}
