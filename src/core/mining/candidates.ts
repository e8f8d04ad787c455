/**
 * Candidate extraction from tagged tokens: noun-phrase runs (modifiers + noun head), every sub-phrase
 * that could itself be a term (for nestedness statistics), name coordination ("Belt and Road Initiative"),
 * and prepositional / coordinated chains of noun phrases ("self-reliance and strength in science and
 * technology", "strategy of invigorating China through science and education").
 */
import { findDefinitions } from './acronyms'
import { countNameCues, REPORTING_VERBS } from './kinds'
import { looksForeign } from './language'
import { singular } from './lemmatize'
import type { ReferenceFrequencies } from './reference'
import {
  addCandidate,
  addOccurrence,
  addSurface,
  type CorpusStats,
  Cue,
  CUE_SLOTS,
  findCandidate,
  hashSeq,
  internWord,
  stringHash,
  WORD_CUE_SLOTS,
  WordCue
} from './stats'
import { GRADING_MODIFIERS, Tag, type TaggedToken, tagTokens, WEAK_MODIFIERS } from './tagger'
import { tokenize } from './tokenize'

const HYPHENATED = /[-\u2010\u2011]/

/** Prepositions that join the parts of a multiword term; others ("at", "after") end it. */
const CHAIN_PREPS = new Set(['of', 'in', 'for', 'through', 'on', 'and'])

export interface ExtractContext {
  stats: CorpusStats
  ref: ReferenceFrequencies | null | undefined
  docId: number
  maxOccurrences: number
  maxWords: number
}

function isHead(t: TaggedToken): boolean {
  return t.tag === Tag.Noun || t.tag === Tag.Proper
}

function canStart(t: TaggedToken): boolean {
  if (t.tag === Tag.Noun || t.tag === Tag.Proper || t.tag === Tag.Ing) return true
  return (t.tag === Tag.Adj || t.tag === Tag.Ed) && !WEAK_MODIFIERS.has(t.lower)
}

/** Can token i continue (or start) a noun-phrase run, given the token before it? */
function inRun(toks: TaggedToken[], i: number, runLen: number): boolean {
  const t = toks[i]
  switch (t.tag) {
    case Tag.Noun:
    case Tag.Proper:
    case Tag.Adj:
      return true
    case Tag.Ing:
      // A participle modifier ("strategic emerging industries", "the leading role"); where it may also be
      // a verb taking the phrase as its object ("promote emerging industries"), its occurrences are marked
      // and the corpus decides (ingReading, scoring.ts).
      return (ingReading(toks, i) === ING_MODIFIER || ingReading(toks, i) === ING_UNCERTAIN) && headFollows(toks, i)
    case Tag.Ed: {
      // Participle modifier only after a determiner/preposition/adjective: "the pitched blade", not "said Xi";
      // adjectives may sit between it and the noun ("a modernized industrial system").
      let h = i + 1
      while (h < toks.length && !toks[h].breakBefore && toks[h].tag === Tag.Adj && h - i < 4) h++
      if (h >= toks.length || toks[h].breakBefore || !isHead(toks[h])) return false
      const p = i > 0 && !t.breakBefore ? toks[i - 1] : null
      // After a noun and before a name it is a verb: "Xi asked Zhang", "a patient surnamed Liu"; after a
      // name it is the name's verb: "Xi expressed concerns" (a name is not modified by a participle that
      // follows it).
      if (p !== null && isHead(p) && toks[h].tag === Tag.Proper) return false
      if (p !== null && p.tag === Tag.Proper && startsUpper(p.text) && !p.acronym && runLen > 0) return false
      return (
        runLen > 0 ||
        toks[i + 1].tag === Tag.Noun ||
        (p !== null && (p.tag === Tag.Det || p.tag === Tag.Prep || p.tag === Tag.Adj))
      )
    }
    default:
      return false
  }
}

/** A head noun follows token i, possibly through adjectives, with no punctuation between. */
function headFollows(toks: TaggedToken[], i: number): boolean {
  let h = i + 1
  while (h < toks.length && !toks[h].breakBefore && toks[h].tag === Tag.Adj && h - i < 4) h++
  return h < toks.length && !toks[h].breakBefore && isHead(toks[h])
}

const ING_MODIFIER = 1
const ING_VERBAL = 2
const ING_UNCERTAIN = 3

/**
 * How an -ing word before a noun reads here. A modifier where nothing else can be meant: after a
 * determiner, possessive, number or adjective ("the emerging industries", "strategic emerging industries";
 * not after an adverb: "vigorously developing" is mostly a verb). A verb where it takes a determiner,
 * pronoun, number or possessive as its object ("promoting the reform", "improving people's wellbeing"),
 * or follows an auxiliary ("are promoting"). Elsewhere (after a
 * preposition, a verb, a noun, at a clause start) either: "in emerging industries" and "for developing new
 * quality productive forces" look alike, and only the word's other uses in the corpus tell them apart.
 */
function ingReading(toks: TaggedToken[], i: number): number {
  const t = toks[i]
  const next = i + 1 < toks.length && !toks[i + 1].breakBefore ? toks[i + 1] : null
  const p = i > 0 && !t.breakBefore ? toks[i - 1] : null
  if (
    next !== null &&
    (next.tag === Tag.Det || next.tag === Tag.Num || next.possessive || OBJECT_PRONOUNS.has(next.lower))
  ) {
    return ING_VERBAL
  }
  if (p !== null && p.tag === Tag.Aux) return ING_VERBAL
  // Before an origin adjective or a name it evaluates ("a leading Chinese provider"): English puts opinion
  // before origin, so nothing before the origin word classifies.
  if (next === null || next.capital || !(isHead(next) || next.tag === Tag.Adj)) return 0
  if (
    p !== null &&
    (p.tag === Tag.Det ||
      p.tag === Tag.Num ||
      p.possessive ||
      (p.tag === Tag.Adj && !p.capital) ||
      (p.tag === Tag.Pron && POSSESSIVE_PRONOUNS.has(p.lower)))
  ) {
    return ING_MODIFIER
  }
  return ING_UNCERTAIN
}

const OBJECT_PRONOUNS = new Set(['it', 'them', 'us', 'him', 'her', 'me', 'its', 'their', 'our', 'his', 'my', 'your'])
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your'])

/** Extracts one segment's candidates into ctx.stats. Returns the number of word tokens. */
/** Per token of the current segment: key-word ids inside a phrase and as a noun head, surface text/hash. */
interface SegmentWords {
  /** 1 where an -ing word may be a verb taking the rest as its object (see ingReading). */
  uncertain: Uint8Array
  mid: number[][]
  last: number[][]
  surf: string[]
  surfHash: Int32Array
  surfLastHash: Int32Array
}

interface TokenIds {
  count: number[]
  mid: number[]
  noun: number[]
  /** Ids of the singular that the surface lacks ("cable" for "cables"): a plural noun also counts for its
   *  singular, so a head keyed by its singular is compared with general English by its whole lemma. */
  lemmaOnly: number[]
}

// Key-word ids per (lower-cased word, possessive), per stats object (ids are local to their stats).
const IDS = new WeakMap<CorpusStats, Map<string, TokenIds>>()

function idsOfForm(stats: CorpusStats, form: string): number[] {
  if (!HYPHENATED.test(form)) return [internWord(stats, form)]
  const out: number[] = []
  for (const p of form.split(HYPHENATED)) if (p) out.push(internWord(stats, p))
  return out.length ? out : [internWord(stats, form)]
}

function tokenIds(
  stats: CorpusStats,
  m: Map<string, TokenIds>,
  t: TaggedToken,
  ref: ReferenceFrequencies | null | undefined
): TokenIds {
  const k = t.possessive ? t.lower + "'s" : t.lower
  let e = m.get(k)
  if (!e) {
    // Keys spell compounds with spaces ("high quality development"), and termhood looks their parts up one
    // by one: count the parts, or "driven" in "innovation-driven" would look absent from the corpus.
    const count = idsOfForm(stats, t.lower)
    const noun = idsOfForm(stats, singular(t.lower, ref))
    e = {
      count,
      mid: t.possessive ? idsOfForm(stats, k) : count,
      noun,
      lemmaOnly: noun.filter((id) => !count.includes(id))
    }
    m.set(k, e)
  }
  return e
}

/**
 * Does a head word key by its singular? Common nouns do, and so do capitalised heads, by the same rule
 * ("Wind Turbines", "Major Tasks" in a heading, "Voltes"), and an acronym's plural ("SOEs"): one row per term
 * whatever the case. A name that only looks plural keeps its form where the reference knows it and not
 * its "singular" ("Athens"; see lemmatize.ts), and a key is never shown, so a rare wrong singular costs
 * nothing. A possessive head keys without its "'s" ("China's" is "China"), whatever its tag.
 */
function keysAsSingular(t: TaggedToken, ref: ReferenceFrequencies | null | undefined): boolean {
  if (t.tag === Tag.Noun) return true
  if (t.tag !== Tag.Proper) return false
  if (t.acronym) return PLURAL_ACRONYM.test(t.possessive ? t.text.slice(0, -2) : t.text)
  void ref
  return true
}

const PLURAL_ACRONYM = /^[A-Z][A-Z&\d]*[A-Z]s$/

let seg: SegmentWords = {
  uncertain: new Uint8Array(256),
  mid: [],
  last: [],
  surf: [],
  surfHash: new Int32Array(256),
  surfLastHash: new Int32Array(256)
}

/** Extracts one segment's candidates into ctx.stats. Returns the number of word tokens. */
export function extractSegment(segmentId: number, text: string, ctx: ExtractContext): number {
  const toks = tagTokens(tokenize(text), ctx.ref)
  // Another language or a formula: no terms to find, and its words would skew the English statistics.
  if (looksForeign(toks, ctx.ref)) return toks.length
  const { stats } = ctx
  const n = toks.length
  if (seg.surfHash.length < n) {
    seg = {
      uncertain: new Uint8Array(n * 2),
      mid: [],
      last: [],
      surf: [],
      surfHash: new Int32Array(n * 2),
      surfLastHash: new Int32Array(n * 2)
    }
  }
  let idCache = IDS.get(stats)
  if (!idCache) IDS.set(stats, (idCache = new Map()))
  for (let i = 0; i < n; i++) {
    const t = toks[i]
    const ids = tokenIds(stats, idCache, t, ctx.ref)
    for (const id of ids.count) stats.wordCount[id]++
    if (t.tag === Tag.Noun) for (const id of ids.lemmaOnly) stats.wordCount[id]++
    seg.mid[i] = ids.mid
    seg.last[i] = !keysAsSingular(t, ctx.ref)
      ? ids.count
      : t.acronym
        ? idsOfForm(stats, t.lower.slice(0, -1))
        : ids.noun
    // A capital that only marks a sentence start is not part of the term; a word in capitals throughout
    // ("WIND TURBINE" as a heading) is kept as written ("wIND" is no form of it).
    const s =
      (t.sentenceStart || t.heading) && t.tag !== Tag.Proper && !t.acronym && !allCaps(t.text)
        ? t.text[0].toLowerCase() + t.text.slice(1)
        : t.text
    seg.surf[i] = s
    seg.surfHash[i] = stringHash(s)
    seg.surfLastHash[i] = t.possessive ? stringHash(s.slice(0, -2)) : seg.surfHash[i]
    seg.uncertain[i] = 0
    // An -ing word the tagger made a noun after a determiner ("the working trot": its reference entry
    // says it can be a noun) is evidence of its modifier use all the same.
    if (t.tag === Tag.Ing || (t.nounable && t.tag === Tag.Noun && t.lower.endsWith('ing'))) {
      const reading = ingReading(toks, i)
      if (t.tag === Tag.Ing) seg.uncertain[i] = reading === ING_UNCERTAIN ? 1 : 0
      for (const id of ids.count) {
        stats.wordCues[id * WORD_CUE_SLOTS + WordCue.Ing]++
        if (reading === ING_MODIFIER) stats.wordCues[id * WORD_CUE_SLOTS + WordCue.Modifier]++
        else if (reading === ING_VERBAL) stats.wordCues[id * WORD_CUE_SLOTS + WordCue.Verbal]++
      }
    }
  }
  // Runs: [start, end] inclusive token ranges.
  const runs: number[] = []
  let i = 0
  while (i < toks.length) {
    if (!inRun(toks, i, 0)) {
      i++
      continue
    }
    const s = i
    i++
    while (i < toks.length && !toks[i].breakBefore) {
      const prev = toks[i - 1]
      // A possessive ends the phrase, except inside a name where a common noun takes it ("National People's
      // Congress"); a name's possessive is a determiner ("China's Shenzhou-12 mission").
      if (prev.possessive && !(prev.capital && toks[i].capital && !isNameWord(prev, ctx.ref))) break
      const t = toks[i]
      // Name coordination: "Belt and Road Initiative" (Proper and Proper Proper), where the first conjunct is
      // one word; "Liu Boming and Tang Hongbo" coordinates two names and is not one.
      if (
        t.lower === 'and' &&
        prev.tag === Tag.Proper &&
        !(i - 1 > s && toks[i - 2].tag === Tag.Proper) &&
        i + 2 < toks.length &&
        toks[i + 1].tag === Tag.Proper &&
        toks[i + 2].tag === Tag.Proper &&
        !toks[i + 1].breakBefore &&
        !toks[i + 2].breakBefore
      ) {
        i += 3
        continue
      }
      if (!inRun(toks, i, i - s)) break
      // A name after a lower-case noun is in apposition, not modified by it: "the satellite
      // Dongfanghong-1", "core module Tianhe" (English noun compounds end in their head, the thing named).
      // A gerund before a name takes it as its object instead ("of invigorating China"): kept together.
      if (
        t.capital &&
        !t.acronym &&
        prev.tag === Tag.Noun &&
        !prev.capital &&
        !startsUpper(prev.text) &&
        !prev.lower.endsWith('ing')
      )
        break
      i++
    }
    runs.push(s, i - 1)
  }
  dropPersonMentions(toks, runs)
  dropReferenceLabels(toks, runs, ctx.ref)
  for (let r = 0; r < runs.length; r += 2) emitRun(toks, runs[r], runs[r + 1], segmentId, ctx)
  emitChains(toks, runs, segmentId, text, ctx)
  if (text.includes('"') || text.includes('\u201c')) emitQuoted(toks, runs, text, segmentId, ctx)
  if (text.includes('(')) {
    for (const d of findDefinitions(text)) {
      let m = stats.definitions.get(d.acronym)
      if (!m) stats.definitions.set(d.acronym, (m = new Map()))
      m.set(d.expansion, (m.get(d.expansion) ?? 0) + 1)
    }
  }
  return toks.length
}

const QUOTED = /["\u201c]([^"\u201c\u201d.!?;:]{1,80})["\u201d]/g
const MAX_QUOTED_WORDS = 5

/**
 * A short expression the text puts in quotation marks is treated by the text as one unit: "vegetable
 * basket", "go global", "one country, two systems". It is a candidate as written (whatever its words),
 * and an occurrence in quotes counts as a unit marker (Cue.Quoted) for a noun phrase the runs found anyway.
 * A quoted sentence or clause (more than five words) is speech, not an expression.
 */
function emitQuoted(toks: TaggedToken[], runs: number[], text: string, segmentId: number, ctx: ExtractContext): void {
  QUOTED.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = QUOTED.exec(text)) !== null) {
    const from = m.index + 1
    const to = from + m[1].replace(/[\s,]+$/, '').length
    let a = 0
    while (a < toks.length && toks[a].start < from) a++
    let b = a
    while (b < toks.length && toks[b].end <= to) b++
    b--
    if (b < a || b - a + 1 > MAX_QUOTED_WORDS || toks[a].start !== from) continue
    // Not starting or ending on a function word: "the", "of" at an edge makes it a fragment of a sentence.
    if (toks[a].tag === Tag.Det || toks[b].tag === Tag.Prep || toks[b].tag === Tag.Det || toks[b].tag === Tag.Conj)
      continue
    // A quoted clause ("Social work must be strengthened") is a statement, not an expression.
    let clause = false
    for (let k = a; k <= b; k++) {
      if (toks[k].tag === Tag.Aux || (toks[k].tag === Tag.Pron && toks[k].lower !== 'one')) clause = true
    }
    if (clause) continue
    let inRun = false
    for (let r = 0; r < runs.length && !inRun; r += 2) {
      inRun = runs[r] <= a && b <= runs[r + 1] && isHead(toks[b]) && canStart(toks[a])
    }
    const i = record(toks, a, b, inRun ? 0 : 3, segmentId, ctx, !inRun, !inRun, text.slice(from, to))
    if (i >= 0) ctx.stats.cues[i * CUE_SLOTS + Cue.Quoted]++
  }
}

/** Verbs of saying: their subject (or, inverted, "said Xi.") is a person. */
const REPORTING = REPORTING_VERBS

/** A one-word name used as the speaker of a reported statement ("Xi said", "said Xi.", "Hilda, who")
 *  refers to a person, not to a concept: that mention is not an occurrence of a term. */
function isPersonMention(toks: TaggedToken[], i: number): boolean {
  const t = toks[i]
  if (t.tag !== Tag.Proper || !startsUpper(t.text) || t.acronym || t.possessive) return false
  const next = i + 1 < toks.length ? toks[i + 1] : null
  if (next !== null && !next.breakBefore && REPORTING.has(next.lower)) return true
  if (next !== null && next.breakBefore && next.lower === 'who') return true
  const prev = i > 0 && !t.breakBefore ? toks[i - 1] : null
  return prev !== null && REPORTING.has(prev.lower) && (next === null || next.breakBefore)
}

/** An ordinary word alone before a number labels a part of the document ("Figure 3", "Table 2", "equation 5",
 *  "Version 1.2"): that mention is a cross-reference, not an occurrence of a term. */
function dropReferenceLabels(toks: TaggedToken[], runs: number[], ref: ReferenceFrequencies | null | undefined): void {
  let w = 0
  for (let r = 0; r < runs.length; r += 2) {
    const s = runs[r]
    const next = s + 1 < toks.length ? toks[s + 1] : null
    const label =
      runs[r + 1] === s &&
      next !== null &&
      !next.breakBefore &&
      next.tag === Tag.Num &&
      !toks[s].acronym &&
      !toks[s].possessive &&
      ref?.words.has(toks[s].lower) === true
    if (label) continue
    runs[w++] = runs[r]
    runs[w++] = runs[r + 1]
  }
  runs.length = w
}

function dropPersonMentions(toks: TaggedToken[], runs: number[]): void {
  let w = 0
  for (let r = 0; r < runs.length; r += 2) {
    if (runs[r] === runs[r + 1] && isPersonMention(toks, runs[r])) continue
    runs[w++] = runs[r]
    runs[w++] = runs[r + 1]
  }
  runs.length = w
}

function emitRun(toks: TaggedToken[], s: number, e: number, segmentId: number, ctx: ExtractContext): void {
  let maximalDone = false
  for (let b = e; b >= s; b--) {
    // Classifying adjectives are terms of their own in many glossaries ("aerodynamic", "collected").
    if (
      toks[b].tag === Tag.Adj &&
      toks[b].lower.length > 3 &&
      !WEAK_MODIFIERS.has(toks[b].lower) &&
      !GRADING_MODIFIERS.has(toks[b].lower)
    ) {
      record(toks, b, b, 2, segmentId, ctx, b === s && b === e)
    }
    if (!isHead(toks[b])) continue
    // A possessive inside a name run ("People's") is not a head.
    if (toks[b].possessive && b < e) continue
    // The longest phrase ending at the run's last head is the maximal one; a capitalised name inside a
    // longer phrase ("Belt and Road Initiative partner countries") is maximal as a name too.
    let longest = -1
    // An -ing word that may be a verb ("for developing new quality productive forces"): the phrase after it
    // is whole as well, so that reading costs the object nothing if the corpus says "verb".
    let longestSure = -1
    if (!maximalDone) {
      for (let a = b; a >= s && b - a < ctx.maxWords; a--) {
        if (!validStart(toks, a, b, s, e) || lowerBeforeName(toks, a, b)) continue
        longest = a
        if (!spansUncertain(a, b)) longestSure = a
      }
    }
    // A name that goes on through "for"/"of" past this run is whole only with that part (a chain).
    const cutName = toks[b].capital && nameGoesOn(toks, b)
    const nameEnd = toks[b].capital && !(b < e && toks[b + 1].capital) && !cutName
    for (let a = b; a >= s && b - a < ctx.maxWords; a--) {
      const t = toks[a]
      if (t.lower === 'and') continue
      if (a < b && toks[a].possessive && !toks[a].capital) break
      if (!canStart(t)) continue
      // A name coordination must be taken whole: do not start or end between "Belt" and "Road".
      if (a > s && toks[a - 1].lower === 'and') continue
      if (b < e && toks[b + 1].lower === 'and') continue
      if (lowerBeforeName(toks, a, b)) continue
      // A name is whole from its first capital, or from just after the ordinal numbering it.
      const name =
        nameEnd && a < b && t.capital && !(a > s && toks[a - 1].capital && !ORDINAL_NUMBER.test(toks[a - 1].text))
      const whole = (a === longest || a === longestSure || name) && !(cutName && t.capital)
      record(toks, a, b, 0, segmentId, ctx, whole && !continuesName(toks, a))
    }
    if (longest >= 0) maximalDone = true
  }
}

/** A capitalised word that is a name in itself (general English knows it as one, or not at all), not a
 *  common noun written with a capital inside a name ("People's"). */
function isNameWord(t: TaggedToken, ref: ReferenceFrequencies | null | undefined): boolean {
  if (!ref) return false
  const e = ref.words.get(t.lower)
  return e === undefined || e.pos[0] === 'P'
}

/** A lower-case word before a multiword name ("the ongoing China International Fair for Trade in
 *  Services", "leading Jiangsu Provincial Department"): it describes this mention, the name is the term. */
function lowerBeforeName(toks: TaggedToken[], a: number, b: number): boolean {
  if (toks[a].capital || startsUpper(toks[a].text) || !toks[b].capital) return false
  let k = b
  let caps = 0
  while (k > a && (toks[k].capital || (NAME_LINKS.has(toks[k].lower) && toks[k - 1].capital))) {
    if (toks[k].capital) caps++
    k--
  }
  // …or before the first words of a name that goes on ("the ongoing China International Fair").
  const goesOn = b + 1 < toks.length && toks[b + 1].capital && !toks[b + 1].breakBefore
  return caps >= 2 || goesOn
}

const NAME_LINKS = new Set(['of', 'for', 'and', 'in', 'on'])
const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)$/

function spansUncertain(a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (seg.uncertain[k]) return true
  return false
}

/** Does a capitalised phrase starting at token a continue a name to its left ("China Central Committee"
 *  in "Communist Party of China Central Committee")? Then it is not a whole name of its own. */
function continuesName(toks: TaggedToken[], a: number): boolean {
  if (a === 0 || toks[a].breakBefore || !toks[a].capital) return false
  const p = toks[a - 1]
  // An ordinal numbers the name ("14th National People's Congress"): the name is whole without it.
  if (p.capital && ORDINAL_NUMBER.test(p.text)) return false
  if (p.capital) return true
  return a > 1 && CHAIN_PREPS.has(p.lower) && toks[a - 2].capital && !p.breakBefore
}

/** Does the name ending at token b go on through "of"/"for" ("China International Fair for Trade in
 *  Services", "Ministry of Commerce")? Then the part before the linking word is not a whole name. */
function nameGoesOn(toks: TaggedToken[], b: number): boolean {
  if (b + 2 >= toks.length) return false
  const p = toks[b + 1]
  const n = toks[b + 2]
  // Only "of" and "for" build names ("Ministry of Commerce"); "Ishoy on Donatello", "Xi in Beijing" are two.
  return (p.lower === 'of' || p.lower === 'for') && !p.breakBefore && !n.breakBefore && n.capital
}

/** The start/end checks of emitRun, for finding the maximal phrase before recording. */
function validStart(toks: TaggedToken[], a: number, b: number, s: number, e: number): boolean {
  const t = toks[a]
  if (t.lower === 'and' || !canStart(t)) return false
  if (a > s && toks[a - 1].lower === 'and') return false
  if (b < e && toks[b + 1].lower === 'and') return false
  for (let k = a; k < b; k++) if (toks[k].possessive && !toks[k].capital) return false
  return true
}

function emitChains(toks: TaggedToken[], runs: number[], segmentId: number, text: string, ctx: ExtractContext): void {
  // Join runs separated by exactly one chaining word (optionally + an -ing verb: "of invigorating China").
  for (let r = 0; r + 2 < runs.length; r += 2) {
    // Every valid start inside the first run: "high-level self-reliance and ..." and "self-reliance and ...".
    for (let a = runs[r]; a <= runs[r + 1]; a++) {
      if (canStart(toks[a]) && !(a > runs[r] && toks[a - 1].possessive)) chainFrom(toks, runs, r, a, segmentId, ctx)
    }
  }
  void text
}

/** kind: 0 noun phrase, 1 chain with a preposition/conjunction, 2 lone adjective. */
function chainFrom(
  toks: TaggedToken[],
  runs: number[],
  r: number,
  a: number,
  segmentId: number,
  ctx: ExtractContext
): void {
  let end = runs[r + 1]
  if (toks[end].possessive) return
  // Shared-head coordination of modifiers ("small and medium-sized enterprises", "economic and social
  // development"): a noun phrase with its modifiers coordinated, not a chain of two phrases.
  let modifiersOnly = true
  for (let k = a; k <= end; k++) if (isHead(toks[k])) modifiersOnly = false
  // "of" + gerund + object names the content of the noun ("strategy of invigorating China"): that -ing word
  // is settled as a verb here, whatever the corpus says of it elsewhere (restored below).
  let settled = -1
  let pending = -1
  let pendingKind: 0 | 1 = 1
  for (let q = r + 2; q < runs.length; q += 2) {
    const gapStart = end + 1
    const next = runs[q]
    const gap = next - gapStart
    if (gap < 1 || gap > 2) break
    const conn = toks[gapStart]
    if (!CHAIN_PREPS.has(conn.lower) || conn.breakBefore || toks[next].breakBefore) break
    // Conjuncts of one term share their case: "Central Committee and chairman" joins two things.
    if (conn.lower === 'and' && toks[end].capital !== toks[next].capital) break
    // Two multiword names joined by "and" are two names ("Liu Boming and Tang Hongbo"); a one-word
    // conjunct is part of one ("Ministry of Industry and Information Technology").
    if (conn.lower === 'and' && toks[end].capital && end > (q === r + 2 ? a : runs[q - 2])) break
    // Conjuncts with the same head are two parallel terms: "technological innovation and industrial
    // innovation", "onshore turbines and offshore turbines".
    if (conn.lower === 'and' && sameHead(toks, end, runs[q + 1])) break
    // "of" + gerund + object names the content of the noun ("strategy of invigorating China"); after other
    // prepositions the gerund clause states a purpose or means ("pathways for developing ...", "role in
    // promoting ..."): a clause attached to a term, not part of it.
    // "of the" inside a formula ("industries of the future", "Great Hall of the People"), or "of" + gerund
    // + object ("strategy of invigorating China").
    const ofThe =
      gap === 2 && conn.lower === 'of' && toks[gapStart + 1].lower === 'the' && !toks[gapStart + 1].breakBefore
    if (gap === 2 && !ofThe && (toks[gapStart + 1].tag !== Tag.Ing || toks[gapStart + 1].breakBefore)) break
    if (gap === 2 && conn.lower !== 'of') break
    if (gap === 1 && seg.uncertain[next]) {
      if (conn.lower !== 'of' || settled >= 0) break
      settled = next
      seg.uncertain[next] = 0
    }
    let last = runs[q + 1]
    while (last >= next && !isHead(toks[last])) last--
    if (last < next || last - a + 1 > ctx.maxWords) break
    const kind = modifiersOnly && conn.lower === 'and' && q === r + 2 ? 0 : 1
    // Every head of the last run ends a chain: "import and export" inside "import and export volumes".
    for (let h = next; h < last; h++) {
      if (isHead(toks[h]) && !toks[h].possessive && !toks[h].capital) record(toks, a, h, kind, segmentId, ctx, false)
    }
    // Only the longest chain from a is the whole phrase found ("… Fair for Trade" is not, before "in
    // Services"): the one before is recorded when this one is found.
    if (pending >= 0) record(toks, a, pending, pendingKind, segmentId, ctx, false)
    pending = -1
    if (!lowerBeforeName(toks, a, last)) {
      pending = last
      pendingKind = kind
    }
    if (last !== runs[q + 1] || toks[last].possessive) break
    end = last
  }
  if (pending >= 0) record(toks, a, pending, pendingKind, segmentId, ctx, !continuesName(toks, a))
  if (settled >= 0) seg.uncertain[settled] = 1
}

function allCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase()
}

function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0)
  return c >= 65 && c <= 90
}

function sameHead(toks: TaggedToken[], left: number, right: number): boolean {
  let b = right
  while (b > left && !isHead(toks[b])) b--
  return b > left + 1 && singularLower(toks[b]) === singularLower(toks[left])
}

function singularLower(t: TaggedToken): string {
  return t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower
}

const SCRATCH = new Int32Array(4096)

/** Records tokens a..b as an occurrence of a candidate (or, with count = false, only finds it). Returns the
 *  candidate's index, or -1. `written`: the surface as the text writes it (a quoted expression's commas). */
function record(
  toks: TaggedToken[],
  a: number,
  b: number,
  kind: 0 | 1 | 2 | 3,
  segmentId: number,
  ctx: ExtractContext,
  maximal = false,
  count = true,
  written?: string
): number {
  let len = 0
  let caps = true
  let uncertain = 0
  for (let k = a; k <= b; k++) {
    const ids = k === b ? seg.last[k] : seg.mid[k]
    if (len + ids.length > SCRATCH.length) return -1
    for (let q = 0; q < ids.length; q++) SCRATCH[len++] = ids[q]
    const t = toks[k]
    if (!t.capital && t.lower !== 'and' && t.tag !== Tag.Prep) caps = false
    uncertain |= seg.uncertain[k]
  }
  const stats = ctx.stats
  if (len === 1 && stats.vocab[SCRATCH[0]].length < 2) return -1
  if (!count) return findCandidate(stats, hashSeq(SCRATCH, 0, len), SCRATCH, 0, len)
  const i = addCandidate(stats, hashSeq(SCRATCH, 0, len), SCRATCH, 0, len, kind)
  stats.freq[i]++
  if (stats.lastDoc[i] !== ctx.docId) {
    stats.lastDoc[i] = ctx.docId
    stats.docs[i]++
  }
  if (caps) stats.capitalised[i]++
  if (uncertain) stats.cues[i * CUE_SLOTS + Cue.Uncertain]++
  countNameCues(toks, a, b, stats.cues, i)
  if (maximal) stats.standalone[i]++
  // Surface hash from the words' string hashes, in the order stats.surfaceHash() uses.
  let sh = 0
  let pow = 1
  for (let k = b; k >= a; k--) {
    sh = (sh + Math.imul(k === b ? seg.surfLastHash[k] : seg.surfHash[k], pow)) | 0
    pow = Math.imul(pow, 0x01000193)
  }
  if (written !== undefined && written.includes(',')) addSurface(stats, i, stringHash(written), 1, () => written)
  else
    addSurface(stats, i, sh, 1, () => {
      let out = ''
      for (let k = a; k <= b; k++) {
        const s = seg.surf[k]
        out += (k > a ? ' ' : '') + (k === b && toks[k].possessive ? s.slice(0, -2) : s)
      }
      return out
    })
  if (stats.occCount[i] < ctx.maxOccurrences) {
    const end = toks[b].possessive ? toks[b].end - 2 : toks[b].end
    addOccurrence(stats, i, segmentId, toks[a].start, end)
  }
  return i
}
