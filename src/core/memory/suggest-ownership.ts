/**
 * Which words of a unit translate the term, and which translate the rest of the sentence: IBM Model 1
 * (model1.ts) trained on the units holding the term and on units of the memory around them, then each
 * token of one side is given to the token of the other side most likely to have produced it.
 *
 * In "严守18亿亩耕地红线" for "red line", 耕地 goes to "cultivated land" (the memory teaches that
 * elsewhere) and only 红线 to the term; in "企业退休人员基本养老金" for "basic pension", 企业退休人员 goes
 * to "enterprise retirees". The units around the term are what make that possible: within the term's
 * own units the term and its usual neighbours always come together.
 */
import { isHanCode } from '../../shared/script'
import { lightStem } from './light-stem'
import {
  cooccurrence,
  englishStems,
  FUNCTION_WORDS,
  hanCodes,
  numbered,
  trainDirection,
  TranslationTable
} from './model1'

export interface BilingualUnit {
  id: number
  en: string
  zh: string
}

/** Units of the memory taken into training besides the term's own, at most. */
export const CONTEXT_UNITS = 600
const OWNERSHIP_ROUNDS = 3
const TENSION = 4
/** The commonest other words of the term's units whose units are looked for in the memory. */
const CONTEXT_WORDS = 60

const stemCache = new WeakMap<readonly BilingualUnit[], string[][]>()

/** English stems of every unit of a pool, computed once per pool (main passes the same sample). */
function poolStems(pool: readonly BilingualUnit[]): string[][] {
  let stems = stemCache.get(pool)
  if (!stems) stemCache.set(pool, (stems = pool.map((u) => englishStems(u.en))))
  return stems
}

/**
 * Units of `pool` that share the commonest content words of the term units (other than `exclude`),
 * most shared first, none of the term units themselves.
 */
export function contextUnits(
  positives: readonly BilingualUnit[],
  pool: readonly BilingualUnit[] | undefined,
  exclude: ReadonlySet<string>,
  max = CONTEXT_UNITS
): BilingualUnit[] {
  if (!pool || pool.length === 0) return []
  const seen = new Map<string, number>()
  for (const u of positives)
    for (const w of new Set(englishStems(u.en))) if (!exclude.has(w)) seen.set(w, (seen.get(w) ?? 0) + 1)
  const wanted = new Set(
    [...seen]
      .sort((a, b) => b[1] - a[1])
      .slice(0, CONTEXT_WORDS)
      .map(([w]) => w)
  )
  const own = new Set(positives.map((u) => u.id))
  const stems = poolStems(pool)
  const scored: { unit: BilingualUnit; shared: number }[] = []
  pool.forEach((u, k) => {
    if (own.has(u.id)) return
    let shared = 0
    for (const w of new Set(stems[k])) if (wanted.has(w)) shared++
    if (shared > 0) scored.push({ unit: u, shared })
  })
  scored.sort((a, b) => b.shared - a.shared)
  return scored.slice(0, max).map((s) => s.unit)
}

/** One term unit as Model 1 saw it: token ids and where each token is in the text. */
export interface OwnedUnit {
  /** English content-word stems, their ids, and the offset of each word in the English text. */
  stems: string[]
  enIds: Int32Array
  enOffsets: Int32Array
  /** Han characters' ids and offsets in the Chinese text. */
  zhIds: Int32Array
  zhOffsets: Int32Array
}

function englishWordsWithOffsets(text: string): { stems: string[]; offsets: number[] } {
  // As englishStems, in one pass that keeps each content word's offset.
  const stems: string[] = []
  const offsets: number[] = []
  for (const m of text.toLowerCase().matchAll(/[a-z]+(?:['’][a-z]+)?/g)) {
    if (FUNCTION_WORDS.has(m[0])) continue
    stems.push(lightStem(m[0]))
    offsets.push(m.index)
  }
  return { stems, offsets }
}

function hanOffsets(text: string): number[] {
  const out: number[] = []
  for (let k = 0; k < text.length; k++) if (isHanCode(text.charCodeAt(k))) out.push(k)
  return out
}

export interface Ownership {
  units: OwnedUnit[]
  /** For each Chinese character of each term unit, the English word (index into stems) owning it, or -1. */
  zhOwners(k: number): Int32Array
  /** For each English word of each term unit, the Chinese character (index into zhIds) owning it, or -1. */
  enOwners(k: number): Int32Array
}

/** Model 1 both ways over the term units (first) and their context units. */
export function trainOwnership(positives: readonly BilingualUnit[], context: readonly BilingualUnit[]): Ownership {
  const all = [...positives, ...context]
  const en = all.map((u) => englishWordsWithOffsets(u.en))
  const enSide = numbered(en.map((w) => w.stems))
  const zhSide = numbered(all.map((u) => hanCodes(u.zh)))
  const links = all.map((_, k) => ({ en: [k], zh: [k] }))
  const co = cooccurrence(enSide, zhSide, links)
  let zhGivenEn: TranslationTable | null = null
  let enGivenZh: TranslationTable | null = null
  const units: OwnedUnit[] = positives.map((u, k) => ({
    stems: en[k].stems,
    enIds: enSide.sentences[k],
    enOffsets: Int32Array.from(en[k].offsets),
    zhIds: zhSide.sentences[k],
    zhOffsets: Int32Array.from(hanOffsets(u.zh))
  }))
  return {
    units,
    zhOwners(k) {
      zhGivenEn ??= new TranslationTable(
        trainDirection(co, enSide.vocab, zhSide.vocab, true, OWNERSHIP_ROUNDS),
        co.pairE,
        co.pairZ,
        enSide.vocab,
        zhSide.vocab
      )
      return zhGivenEn.owners(units[k].enIds, units[k].zhIds, TENSION)
    },
    enOwners(k) {
      enGivenZh ??= new TranslationTable(
        trainDirection(co, zhSide.vocab, enSide.vocab, false, OWNERSHIP_ROUNDS),
        co.pairZ,
        co.pairE,
        zhSide.vocab,
        enSide.vocab
      )
      return enGivenZh.owners(units[k].zhIds, units[k].enIds, TENSION)
    }
  }
}

/**
 * Model 1 trained once on a set of units and used to align others: the miner's equivalents column
 * asks for hundreds of terms at once, and one lexicon trained on the units holding any of them costs
 * what a single suggestion's training does, where training per term would cost it hundreds of times.
 * Tokens outside the training set align to nothing.
 */
export interface Lexicon {
  ownership(units: readonly BilingualUnit[]): Ownership
}

export function trainLexicon(training: readonly BilingualUnit[]): Lexicon {
  const en = training.map((u) => englishWordsWithOffsets(u.en))
  const enSide = numbered(en.map((w) => w.stems))
  const zhSide = numbered(training.map((u) => hanCodes(u.zh)))
  const co = cooccurrence(
    enSide,
    zhSide,
    training.map((_, k) => ({ en: [k], zh: [k] }))
  )
  const zhGivenEn = new TranslationTable(
    trainDirection(co, enSide.vocab, zhSide.vocab, true, OWNERSHIP_ROUNDS),
    co.pairE,
    co.pairZ,
    enSide.vocab,
    zhSide.vocab
  )
  const enGivenZh = new TranslationTable(
    trainDirection(co, zhSide.vocab, enSide.vocab, false, OWNERSHIP_ROUNDS),
    co.pairZ,
    co.pairE,
    zhSide.vocab,
    enSide.vocab
  )
  // A unit is aligned once however many terms of the batch it holds (alignments are only read).
  const memo = new Map<BilingualUnit, { unit: OwnedUnit; zh?: Int32Array; en?: Int32Array }>()
  const entry = (u: BilingualUnit) => {
    let e = memo.get(u)
    if (!e) {
      const words = englishWordsWithOffsets(u.en)
      const zhOffsets = hanOffsets(u.zh)
      const unit: OwnedUnit = {
        stems: words.stems,
        enIds: Int32Array.from(words.stems, (s) => enSide.ids.get(s) ?? enSide.vocab),
        enOffsets: Int32Array.from(words.offsets),
        zhIds: Int32Array.from(zhOffsets, (at) => zhSide.ids.get(u.zh.charCodeAt(at)) ?? zhSide.vocab),
        zhOffsets: Int32Array.from(zhOffsets)
      }
      memo.set(u, (e = { unit }))
    }
    return e
  }
  return {
    ownership(units) {
      const entries = units.map(entry)
      return {
        units: entries.map((e) => e.unit),
        zhOwners: (k) => {
          const e = entries[k]
          return (e.zh ??= zhGivenEn.owners(e.unit.enIds, e.unit.zhIds, TENSION))
        },
        enOwners: (k) => {
          const e = entries[k]
          return (e.en ??= enGivenZh.owners(e.unit.zhIds, e.unit.enIds, TENSION))
        }
      }
    }
  }
}
