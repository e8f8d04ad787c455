/**
 * Candidate extraction from tagged tokens: noun-phrase runs (modifiers + noun head), every sub-phrase
 * that could itself be a term (for nestedness statistics), name coordination ("Belt and Road Initiative"),
 * and prepositional / coordinated chains of noun phrases ("self-reliance and strength in science and
 * technology", "strategy of invigorating China through science and education").
 */
import { findDefinitions } from './acronyms'
import { singular } from './lemmatize'
import type { ReferenceFrequencies } from './reference'
import type { CandidateStat, CorpusStats } from './stats'
import { Tag, WEAK_MODIFIERS, tagTokens, type TaggedToken } from './tagger'
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
  if (t.tag === Tag.Noun || t.tag === Tag.Proper) return true
  return (t.tag === Tag.Adj || t.tag === Tag.Ed) && !WEAK_MODIFIERS.has(t.lower)
}

/** Can token i continue (or start) a noun-phrase run, given the token before it? */
function inRun(toks: TaggedToken[], i: number, runLen: number): boolean {
  const t = toks[i]
  switch (t.tag) {
    case Tag.Noun: case Tag.Proper: case Tag.Adj: return true
    case Tag.Ed: {
      // Participle modifier only after a determiner/preposition/adjective: "the pitched blade", not "said Xi";
      // adjectives may sit between it and the noun ("a modernized industrial system").
      let h = i + 1
      while (h < toks.length && !toks[h].breakBefore && toks[h].tag === Tag.Adj && h - i < 4) h++
      if (h >= toks.length || toks[h].breakBefore || !isHead(toks[h])) return false
      const p = i > 0 && !t.breakBefore ? toks[i - 1] : null
      return runLen > 0 || toks[i + 1].tag === Tag.Noun ||
        (p !== null && (p.tag === Tag.Det || p.tag === Tag.Prep || p.tag === Tag.Adj))
    }
    default: return false
  }
}

/** Extracts one segment's candidates into ctx.stats. Returns the number of word tokens. */
export function extractSegment(segmentId: number, text: string, ctx: ExtractContext): number {
  const toks = tagTokens(tokenize(text), ctx.ref)
  const { stats } = ctx
  const wf = stats.wordFreq
  for (const t of toks) {
    wf.set(t.lower, (wf.get(t.lower) ?? 0) + 1)
    // Keys spell compounds with spaces ("high quality development"), and termhood looks their parts up
    // one by one: count the parts too, or "driven" in "innovation-driven" would look absent from the corpus.
    if (HYPHENATED.test(t.lower)) {
      for (const p of t.lower.split(HYPHENATED)) if (p) wf.set(p, (wf.get(p) ?? 0) + 1)
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
      if (prev.possessive && !(prev.capital && toks[i].capital)) break
      const t = toks[i]
      // Name coordination: "Belt and Road Initiative" (Proper and Proper Proper).
      if (t.lower === 'and' && prev.tag === Tag.Proper && i + 2 < toks.length && toks[i + 1].tag === Tag.Proper &&
        toks[i + 2].tag === Tag.Proper && !toks[i + 1].breakBefore && !toks[i + 2].breakBefore) {
        i += 3
        continue
      }
      if (!inRun(toks, i, i - s)) break
      i++
    }
    runs.push(s, i - 1)
  }
  for (let r = 0; r < runs.length; r += 2) emitRun(toks, runs[r], runs[r + 1], segmentId, ctx)
  emitChains(toks, runs, segmentId, text, ctx)
  if (text.includes('(')) {
    for (const d of findDefinitions(text)) {
      let m = stats.definitions.get(d.acronym)
      if (!m) stats.definitions.set(d.acronym, (m = new Map()))
      m.set(d.expansion, (m.get(d.expansion) ?? 0) + 1)
    }
  }
  return toks.length
}

function emitRun(toks: TaggedToken[], s: number, e: number, segmentId: number, ctx: ExtractContext): void {
  let maximalDone = false
  for (let b = e; b >= s; b--) {
    // Classifying adjectives are terms of their own in many glossaries ("aerodynamic", "collected").
    if (toks[b].tag === Tag.Adj && toks[b].lower.length > 3 && !WEAK_MODIFIERS.has(toks[b].lower)) {
      record(toks, b, b, 2, segmentId, ctx, b === s && b === e)
    }
    if (!isHead(toks[b])) continue
    // A possessive inside a name run ("People's") is not a head.
    if (toks[b].possessive && b < e) continue
    // The longest phrase ending at the run's last head is the maximal one; a capitalised name inside a
    // longer phrase ("Belt and Road Initiative partner countries") is maximal as a name too.
    let longest = -1
    if (!maximalDone) {
      for (let a = b; a >= s && b - a < ctx.maxWords; a--) if (validStart(toks, a, b, s, e)) longest = a
    }
    const nameEnd = toks[b].capital && !(b < e && toks[b + 1].capital)
    for (let a = b; a >= s && b - a < ctx.maxWords; a--) {
      const t = toks[a]
      if (t.lower === 'and') continue
      if (a < b && toks[a].possessive && !toks[a].capital) break
      if (!canStart(t)) continue
      // A name coordination must be taken whole: do not start or end between "Belt" and "Road".
      if (a > s && toks[a - 1].lower === 'and') continue
      if (b < e && toks[b + 1].lower === 'and') continue
      const name = nameEnd && a < b && t.capital && !(a > s && toks[a - 1].capital)
      record(toks, a, b, 0, segmentId, ctx, a === longest || name)
    }
    if (longest >= 0) maximalDone = true
  }
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

function emitChains(toks: TaggedToken[], runs: number[], segmentId: number, text: string,
  ctx: ExtractContext): void {
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
function chainFrom(toks: TaggedToken[], runs: number[], r: number, a: number, segmentId: number,
  ctx: ExtractContext): void {
  let end = runs[r + 1]
  if (toks[end].possessive) return
  for (let q = r + 2; q < runs.length; q += 2) {
    const gapStart = end + 1
    const next = runs[q]
    const gap = next - gapStart
    if (gap < 1 || gap > 2) break
    const conn = toks[gapStart]
    if (!CHAIN_PREPS.has(conn.lower) || conn.breakBefore || toks[next].breakBefore) break
    if (gap === 2 && (toks[gapStart + 1].tag !== Tag.Ing || toks[gapStart + 1].breakBefore)) break
    if (gap === 2 && conn.lower === 'and') break
    let last = runs[q + 1]
    while (last >= next && !isHead(toks[last])) last--
    if (last < next || last - a + 1 > ctx.maxWords) break
    record(toks, a, last, 1, segmentId, ctx, true)
    if (last !== runs[q + 1] || toks[last].possessive) break
    end = last
  }
}

function record(toks: TaggedToken[], a: number, b: number, kind: 0 | 1 | 2, segmentId: number,
  ctx: ExtractContext, maximal = false): void {
  let key = ''
  let surface = ''
  let caps = true
  for (let k = a; k <= b; k++) {
    const t = toks[k]
    let w = t.lower
    if (k === b && t.tag === Tag.Noun) w = singular(w, ctx.ref)
    else if (t.possessive) w += "'s"
    key += (k > a ? ' ' : '') + w
    let s = t.possessive && k === b ? t.text.slice(0, -2) : t.text
    // A capital that only marks a sentence start is not part of the term.
    if (t.sentenceStart && t.tag !== Tag.Proper && !t.acronym) s = s[0].toLowerCase() + s.slice(1)
    surface += (k > a ? ' ' : '') + s
    if (!t.capital && t.lower !== 'and' && t.tag !== Tag.Prep) caps = false
  }
  if (key.includes('-') || key.includes('\u2010') || key.includes('\u2011')) key = key.replace(/[-\u2010\u2011]/g, ' ')
  if (key.length < 2) return
  const st = ctx.stats.candidates
  let c: CandidateStat | undefined = st.get(key)
  if (!c) {
    c = {
      key, n: key.split(' ').length, kind, freq: 0, docs: 0, lastDoc: -1,
      surfaces: new Map(), capitalised: 0, standalone: 0, occurrences: []
    }
    st.set(key, c)
  }
  c.freq++
  if (c.lastDoc !== ctx.docId) {
    c.lastDoc = ctx.docId
    c.docs++
  }
  if (caps) c.capitalised++
  if (maximal) c.standalone++
  c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1)
  const end = toks[b].possessive ? toks[b].end - 2 : toks[b].end
  if (c.occurrences.length < ctx.maxOccurrences) c.occurrences.push({ segmentId, start: toks[a].start, end })
}
