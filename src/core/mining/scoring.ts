/**
 * Ranking. Each candidate's score multiplies
 *  - unithood/frequency: a C-value (Frantzi et al.) — frequency minus the mean frequency of the longer
 *    candidates it is nested in, times log2(1 + length) — smoothed by log so one occurrence still counts;
 *  - a ComboBasic-style bonus (Astrakhantsev; Bordea et al.) for being the stem of several longer candidates;
 *  - document spread;
 *  - termhood against general English: Kilgarriff's "simple maths" ratio (fpm_corpus + k) / (fpm_ref + k)
 *    per word, averaged in log space so one generic word ("last", "afternoon") drags a phrase down.
 *  - phrase termhood: the phrase's own simple-maths ratio, its general-English frequency estimated as a
 *    small fraction of its rarest word's (a set phrase is far rarer than its parts), plus a bonus for a
 *    phrase written with capitals mid-sentence (a name: "Belt and Road Initiative");
 *  - single words: the reference frequency weighs more than linearly (singleRefPower), and a single word
 *    written with a capital mid-sentence gets the name bonus as multiword names do (singleCapBonus);
 *  - a lower-case phrase holding a one-letter variable ("radius r") is a formula fragment (formula);
 *  - independence: the share of occurrences where the candidate is the whole phrase, so fragments that
 *    never stand alone ("quality productive forces") sink below the full term.
 * C-value alone rewards frequent generic phrases; termhood alone rewards rare typos and names: the product
 * needs both, which is what lets a once-seen but clearly technical phrase rank in a small corpus.
 */
import type { CandidateKind } from '../../shared/vocabulary'
import { kindOf } from './kinds'
import { singular } from './lemmatize'
import { referenceFpm, type ReferenceFrequencies } from './reference'
import {
  type CorpusStats,
  Cue,
  CUE_SLOTS,
  findCandidate,
  hashSeq,
  SURFACE_SLOTS,
  surfacesOf,
  WORD_CUE_SLOTS,
  WordCue
} from './stats'
import { GRADING_MODIFIERS } from './tagger'

const LOWER_LETTER = /(?:^|[ ])(?![aA])[a-z](?:[ ]|$)|^[A-Z] /
const FUNCTION_WORDS = new Set(['of', 'in', 'for', 'through', 'on', 'and', 'the', 'a', 'an', 'to', '&'])

export interface ScoredCandidate {
  /** Candidate index in the stats. */
  i: number
  kind: CandidateKind
  score: number
  termhood: number
  cvalue: number
  parents: number
}

export interface ScoreParams {
  /** Smoothing constant of the simple-maths ratio, in occurrences per million. */
  k: number
  /** Weight of the weakest word in a phrase's termhood (the rest is the mean). */
  minWeight: number
  /** Multipliers for chains with prepositions, lone adjectives and single nouns. */
  chain: number
  adjective: number
  single: number
  /** ComboBasic weight of the number of longer candidates a candidate is nested in. */
  nestBonus: number
  /** Extra weight per word beyond the first: glossary users want the multiword terms up front. */
  lengthBoost: number
  /** Smoothing constant for single words: larger = single words need more corpus evidence. */
  singleK: number
  /** Termhood added to a multiword candidate written with capitals mid-sentence (a name). */
  capBonus: number
  /** Weight of the phrase's own simple-maths ratio (phrase frequency against an estimate of its
   *  general-English frequency) in a multiword candidate's termhood. */
  phraseWeight: number
  /** Estimated general-English frequency of a phrase, as a fraction of its rarest word's. */
  phraseRho: number
  /** Weight of the occurrences inside a longer phrase, against those where the candidate stands alone. */
  nestedWeight: number
  /** Small-corpus structural prior: per extra word (up to 4), a multiword noun phrase gains
   *  smallPrior · ln(smallCorpus / words) when the corpus is smaller than `smallCorpus` words; single
   *  words lose the same share. Zero for larger corpora, where frequencies carry the evidence. */
  smallPrior: number
  smallCorpus: number
  /** Multiplier for an uncapitalised multiword candidate seen once, and per content word beyond three, in
   *  a corpus of 50,000 words or more (faded in from 5,000). */
  hapax: number
  longWord: number
  /** Multiplier for a short lower-case coordination with no other linking word ("trot and canter",
   *  "horse and rider"): two terms side by side rather than one term. */
  coordination: number
  /** Termhood added to a single word written with a capital mid-sentence (a name: "Enercon", "Lisbon"). */
  singleCapBonus: number
  /** nestedWeight for single words (a word inside many longer terms is no fragment; kept equal for now). */
  singleNestedWeight: number
  /** A single word's specificity is log(cf + k) − singleRefPower · log(rf + k): above 1, a word common in
   *  general English ("design", "equation", "project") needs more than proportionally more corpus evidence
   *  than a rare one ("gearbox") — frequency already counts twice for single words, in the ratio and in
   *  the C-value, so the plain ratio let frequent generic words of a long document top the list. */
  singleRefPower: number
  /** Multiplier for a lower-case multiword candidate holding a one-letter variable ("radius r"). */
  formula: number
  /** Multiplier for a chain (kind 1) seen fewer than `rareChainFreq` times in a corpus of 50,000 words or
   *  more (faded in from 5,000, as `hapax`). */
  rareChain: number
  rareChainFreq: number
  /** Multiplier for a phrase that starts with an adjective of size, rank or value ("major progress",
   *  "real economy"; tagger.ts GRADING_MODIFIERS): mostly free combinations, a few fixed terms. */
  grading: number
  /** Fold a candidate seen only inside one longer candidate into it (1) or keep it (0). */
  fold: number
  /** Count chains that only add a complement as nesting a noun phrase (1, the C-value's reading) or not (0). */
  complementNests: number
  /** Weight of document spread: 1 + spread · log(1 + docs) / log(1 + documents). */
  spread: number
  /** Multiplier for the expansion of an acronym the corpus defines ("consumer price index (CPI)"): the
   *  text itself treats the phrase as one unit. */
  defined: number
  /** Multiplier for a lower-case chain with "the" inside ("torque of the blade"): mostly free syntax; the
   *  formulae among them recur ("industries of the future"). */
  ofThe: number
  /** Document recurrence from which the discounts of doubtful shapes start to fade (see recurrence()). */
  recurrenceFrom: number
  /** The small-corpus prior goes to names with at least this share of words general English knows. */
  namePrior: number
  /** Weight of fixedness: recurrence across documents × share of the rarest word's occurrences held. */
  fixedness: number
  /** Weight of independence from several different longer candidates (see spreadOut). */
  parentSpread: number
  /** Multiplier for a candidate the text puts in quotation marks. */
  quoted: number
  /** Multiplier for a name numbered by an ordinal. */
  numbered: number
  /** Multiplier for a person's name, fading as the documents keep naming the person (see recurrence()). */
  person: number
}

export const DEFAULT_SCORE_PARAMS: ScoreParams = {
  k: 1,
  minWeight: 0.3,
  chain: 0.6,
  adjective: 0.6,
  single: 1.25,
  nestBonus: 0.3,
  lengthBoost: 0,
  singleK: 1,
  capBonus: 4,
  phraseWeight: 1,
  phraseRho: 0.02,
  nestedWeight: 0.3,
  smallPrior: 0.5,
  smallCorpus: 30_000,
  hapax: 0.4,
  longWord: 0.5,
  coordination: 0.3,
  singleCapBonus: 5,
  singleNestedWeight: 0.3,
  singleRefPower: 1.4,
  formula: 0.2,
  rareChain: 0.35,
  rareChainFreq: 4,
  grading: 0.5,
  fold: 1,
  complementNests: 0,
  spread: 0.5,
  defined: 3,
  ofThe: 0.5,
  recurrenceFrom: 0.5,
  namePrior: 0.8,
  person: 0.3,
  parentSpread: 0,
  fixedness: 2,
  numbered: 0.3,
  quoted: 2
}

export function wordSpecificity(
  w: string,
  stats: CorpusStats,
  ref: ReferenceFrequencies | null | undefined,
  k: number,
  refPower = 1
): number {
  const id = stats.vocabIndex.get(w)
  const cf = ((id === undefined ? 0 : stats.wordCount[id]) / Math.max(1, stats.words)) * 1e6
  let rf = 0
  if (ref) {
    rf = referenceFpm(ref, w)
    if (rf === 0 && w.includes(' ')) {
      // A hyphenated compound absent from the reference: as rare as its rarest part, and rarer still as a
      // unit (a compound is far rarer than its parts).
      let min = Infinity
      for (const p of w.split(' ')) min = Math.min(min, referenceFpm(ref, p))
      rf = Number.isFinite(min) ? min / 50 : 0
    }
  }
  return Math.log(cf + k) - refPower * Math.log(rf + k)
}

/**
 * Candidates read as a verb + its object: most occurrences hung on an -ing word that could be either
 * ("for developing new quality productive forces", "in emerging industries"; Cue.Uncertain; a title-case
 * heading "Conserving Energy" says nothing), and one of
 * its -ing words is not a modifier in this corpus — never seen in a place only a modifier fits ("the
 * emerging industries", "strategic emerging sectors"), or seen taking an object as often ("developing the
 * western region"). 1 = not a candidate.
 */
export function verbReadings(stats: CorpusStats): Uint8Array {
  const out = new Uint8Array(stats.size)
  const { pool, seqStart, n: lens, freq, cues, wordCues } = stats
  for (let c = 0; c < stats.size; c++) {
    if (cues[c * CUE_SLOTS + Cue.Uncertain] * 2 < freq[c]) continue
    for (let k = 0; k < lens[c]; k++) {
      const w = pool[seqStart[c] + k] * WORD_CUE_SLOTS
      if (wordCues[w + WordCue.Ing] === 0) continue
      const modifier = wordCues[w + WordCue.Modifier]
      if (modifier === 0 || modifier < wordCues[w + WordCue.Verbal]) out[c] = 1
    }
  }
  return out
}

/** The phrase starts with a grading adjective as a word of its own ("major progress"), not as the first
 *  part of a hyphenated compound ("old-age insurance", "large-scale"). */
function startsWithGradingWord(stats: CorpusStats, c: number): boolean {
  const text = stats.surfText[c * SURFACE_SLOTS]
  if (text === undefined) return true
  const space = text.indexOf(' ')
  return GRADING_MODIFIERS.has((space < 0 ? text : text.slice(0, space)).toLowerCase())
}

/**
 * Can candidate `part`, seen inside `whole`, be folded into it? Not a noun phrase into a chain that only
 * adds a complement ("per capita disposable income" in "… of urban residents": the noun phrase is the
 * term), and not a name into a longer phrase that goes on in lower case ("Belt and Road Initiative" in
 * "… partner countries": the name ends where its capitals end).
 */
function foldsInto(stats: CorpusStats, part: number, whole: number): boolean {
  if (stats.kind[whole] !== 0 && stats.kind[part] === 0) return false
  const named = (i: number): boolean => stats.capitalised[i] * 2 >= stats.freq[i]
  if (!named(part)) return true
  // A name numbered by an ordinal is one instance of the name ("14th National People's Congress").
  return (
    named(whole) &&
    !(stats.n[whole] === stats.n[part] + 1 && ORDINAL.test(stats.vocab[stats.pool[stats.seqStart[whole]]]))
  )
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/

/** Candidates that are the expansion of an acronym the corpus defines (1 = defined). */
function definedExpansions(stats: CorpusStats, ref: ReferenceFrequencies | null | undefined): Uint8Array {
  const out = new Uint8Array(stats.size)
  const ids: number[] = []
  for (const expansions of stats.definitions.values()) {
    for (const phrase of expansions.keys()) {
      const words = phrase
        .toLowerCase()
        .replace(/\u2019/g, "'")
        .split(/[\s\-\u2010\u2011]+/)
        .filter(Boolean)
      if (words.length < 2) continue
      words[words.length - 1] = singular(words[words.length - 1].replace(/'s$/, ''), ref)
      ids.length = 0
      for (const w of words) ids.push(stats.vocabIndex.get(w) ?? -1)
      if (ids.includes(-1)) continue
      const j = findCandidate(stats, hashSeq(ids, 0, ids.length), ids, 0, ids.length)
      if (j >= 0) out[j] = 1
    }
  }
  return out
}

function writtenContentWords(stats: CorpusStats, c: number, keyWords: number): number {
  const text = stats.surfText[c * SURFACE_SLOTS]
  if (text === undefined) return keyWords
  let n = 0
  for (const w of text.split(' ')) if (!FUNCTION_WORDS.has(w.toLowerCase())) n++
  return n
}

/**
 * How far a candidate recurs across the documents, 0..1: log(1 + docs) / log(1 + documents), rescaled so
 * that `from` and below give 0 and every document gives 1. Needs three documents or more (in one or two,
 * recurrence across documents says nothing).
 */
export function recurrence(docs: number, documents: number, from: number): number {
  if (documents < 3) return 0
  const r = Math.log(1 + docs) / Math.log(1 + documents)
  return Math.min(1, Math.max(0, (r - from) / (1 - from)))
}

export function scoreAll(
  stats: CorpusStats,
  ref: ReferenceFrequencies | null | undefined,
  params: ScoreParams = DEFAULT_SCORE_PARAMS
): ScoredCandidate[] {
  const N = stats.size
  const { pool, seqStart, n: lens, freq } = stats
  // Nestedness: for each candidate, the longer candidates containing it as a contiguous word sequence
  // (looked up by id-sequence hash: no strings built).
  const parentFreqSum = new Float64Array(N)
  const parentCount = new Int32Array(N)
  const lastParent = new Int32Array(N).fill(-1)
  // The most frequent longer candidate holding each one: a candidate seen only inside one longer candidate
  // (as often as it) is that candidate's fragment, folded into it ("medium-sized enterprises" in "small
  // and medium-sized enterprises", "China International Fair for Trade" in "… in Services").
  const maxParentFreq = new Int32Array(N)
  const nestCount = new Int32Array(N)
  const verbal = verbReadings(stats)
  const defined = definedExpansions(stats, ref)
  for (let c = 0; c < N; c++) {
    const len = lens[c]
    if (len < 2 || verbal[c]) continue
    const st = seqStart[c]
    for (let a = 0; a < len; a++) {
      for (let b = a + 1; b <= len; b++) {
        if (b - a === len) continue
        const j = findCandidate(stats, hashSeq(pool, st + a, st + b), pool, st + a, b - a)
        if (j < 0 || lastParent[j] === c) continue
        lastParent[j] = c
        parentCount[j]++
        // A complement ("… of urban residents") does not make the noun phrase before it a fragment.
        if (params.complementNests || foldsInto(stats, j, c)) {
          parentFreqSum[j] += freq[c]
          nestCount[j]++
          if (freq[c] > maxParentFreq[j]) maxParentFreq[j] = freq[c]
        }
      }
    }
  }
  // Per word id: specificity (phrases and single words use different smoothing) and reference frequency.
  const V = stats.vocab.length
  const specW = new Float64Array(V).fill(NaN)
  const specS = new Float64Array(V).fill(NaN)
  const refF = new Float64Array(V).fill(NaN)
  const isFn = new Uint8Array(V)
  const known = new Uint8Array(V)
  const grading = new Uint8Array(V)
  const ordinal = new Uint8Array(V)
  const numeric = new Uint8Array(V)
  // One-letter words other than "a" may be variables ("radius r", "U w", "r sin" are pieces of formulas);
  // the surface form then tells a lower-case variable from a capital letter naming a thing ("Vitamin E").
  const letter = new Uint8Array(V)
  for (let w = 0; w < V; w++) {
    const word = stats.vocab[w]
    if (word.length === 1 && word !== 'a' && word.toUpperCase() !== word) letter[w] = 1
    if (FUNCTION_WORDS.has(stats.vocab[w])) isFn[w] = 1
    known[w] = !ref || ref.words.has(stats.vocab[w].replace(/'s$/, '')) || /^\d/.test(stats.vocab[w]) ? 1 : 0
    if (GRADING_MODIFIERS.has(stats.vocab[w])) grading[w] = 1
    if (ORDINAL.test(stats.vocab[w])) ordinal[w] = 1
    if (/^\d/.test(stats.vocab[w])) numeric[w] = 1
  }
  const refFpm = (w: string): number => referenceFpm(ref, w)
  const andId = stats.vocabIndex.get('and') ?? -1
  const theId = stats.vocabIndex.get('the') ?? -1
  const D = Math.max(1, stats.documents)
  // In a corpus of a few thousand words a term is seen once or twice: frequencies cannot separate a
  // policy term from a generic word, and the shape of the phrase (a long well-formed noun phrase) is the
  // better evidence. The prior fades out as the corpus grows and frequencies become informative.
  const prior = params.smallPrior * Math.max(0, Math.log(params.smallCorpus / Math.max(1, stats.words)))
  const logD = Math.log2(1 + D)

  // Evidence that needs a corpus big enough for terms to recur: below ~5,000 words (a few articles) nearly
  // every term is seen once, so a single occurrence says nothing; by ~50,000 words a term is expected to
  // recur, and a once-seen long phrase is mostly a chance word sequence (a table heading, a formula).
  const grown = Math.min(1, Math.max(0, Math.log(stats.words / 5000) / Math.log(10)))
  const out: ScoredCandidate[] = []
  for (let c = 0; c < N; c++) {
    if (verbal[c] || (params.fold && lens[c] > 1 && maxParentFreq[c] >= freq[c])) continue
    const len = lens[c]
    const st = seqStart[c]
    const f = freq[c]
    let sum = 0
    let m = 0
    let min = Infinity
    let minRef = Infinity
    let minCount = Infinity
    let links = 0
    let ands = 0
    let thes = 0
    let letters = 0
    // Words of a name that general English does not know: a name made of common words ("Chinese People's
    // Political Consultative Conference", "Government Work Report") is shaped like a term and gets the
    // small-corpus prior; one made of proper words ("Chongqing Zhifei Biological Products Co") has its
    // termhood from them already.
    let unknown = 0
    for (let k = 0; k < len; k++) {
      const w = pool[st + k]
      letters += letter[w]
      if (!known[w] && stats.capitalised[c] * 2 >= f) unknown++
      // A number ("Chang'e-5", an ordinal numbering a name) says nothing of termhood, and is no word of
      // the phrase's length.
      if (numeric[w]) continue
      if (isFn[w]) {
        links++
        if (w === andId) ands++
        else if (w === theId) thes++
        continue
      }
      let s: number
      if (len === 1) {
        s = specS[w]
        if (Number.isNaN(s)) {
          specS[w] = s = wordSpecificity(stats.vocab[w], stats, ref, params.singleK, params.singleRefPower)
        }
      } else {
        s = specW[w]
        if (Number.isNaN(s)) specW[w] = s = wordSpecificity(stats.vocab[w], stats, ref, params.k)
      }
      let r = refF[w]
      if (Number.isNaN(r)) refF[w] = r = refFpm(stats.vocab[w])
      sum += s
      if (s < min) min = s
      if (r < minRef) minRef = r
      if (stats.wordCount[w] < minCount) minCount = stats.wordCount[w]
      m++
    }
    // Termhood: mean word specificity, pulled toward the weakest word.
    let termhood = m ? (1 - params.minWeight) * (sum / m) + params.minWeight * min : 0
    if (len > 1 && m) {
      const cf = (f / Math.max(1, stats.words)) * 1e6
      const rf = (Number.isFinite(minRef) ? minRef : 0) * params.phraseRho
      termhood += params.phraseWeight * Math.log((cf + params.k) / (rf + params.k))
      termhood += params.capBonus * (stats.capitalised[c] / f)
    } else if (len === 1 && m) {
      // A single word's own simple-maths ratio is its phrase ratio too: count it in both parts, as a
      // multiword candidate's termhood counts its words and the phrase, or single words sink unfairly.
      termhood += params.phraseWeight * termhood
      termhood += params.singleCapBonus * (stats.capitalised[c] / f)
    }
    const pc = parentCount[c]
    const nested = nestCount[c] ? parentFreqSum[c] / nestCount[c] : 0
    // A name whose capitals end before a longer phrase goes on ("Belt and Road Initiative partner
    // countries") stands alone in those occurrences, whatever its parents' frequency says.
    const independent = stats.capitalised[c] * 2 >= f ? Math.max(f - nested, stats.standalone[c]) : f - nested
    const cvalue = Math.log2(1 + len) * Math.max(independent, 0.5)
    // Share of occurrences where the candidate is the whole phrase: a fragment that never stands alone
    // ("quality productive forces" inside "new quality productive forces") is not a term of its own.
    const sa = stats.standalone[c]
    const nw = len === 1 ? params.singleNestedWeight : params.nestedWeight
    // A phrase inside several different longer ones ("complete intellectual property rights", "independent
    // intellectual property rights") is the unit they build on: as independent as the share of its
    // occurrences outside the most frequent of them.
    const spreadOut = params.parentSpread * (1 - maxParentFreq[c] / f)
    const independence = nw < 0 ? 1 : Math.max((sa + nw * (f - sa)) / f, spreadOut)
    const spread = 1 + (params.spread * Math.log2(1 + stats.docs[c])) / logD
    const unit = Math.log(1 + cvalue) * spread + params.nestBonus * Math.log(1 + pc)
    let score = Math.max(termhood, 0) * unit * independence * (1 + params.lengthBoost * (Math.min(len, 5) - 1))
    const kind = stats.kind[c]
    const named = kindOf(stats, c, ref)
    // Content words as written: a hyphenated compound is one ("small and medium-sized enterprises": 3).
    const words = m > 2 ? writtenContentWords(stats, c, m) : m
    if (prior > 0) {
      if (len === 1) score /= 1 + prior
      else if (m > 1 && unknown <= m * (1 - params.namePrior) + 1e-9) score *= 1 + prior * (Math.min(m, 4) - 1)
    }
    // Shapes that are mostly free syntax, discounted: long phrases, rare chains, short lower-case
    // coordinations, a grading adjective first, "of the" inside, chains. A phrase of such a shape that
    // recurs across the documents is a set formula ("reform and opening up", "small and medium-sized
    // enterprises", "real economy" in every year's report): the discount fades with that recurrence.
    let discount = 1
    if (len > 1 && grown > 0) {
      if (f === 1 && stats.capitalised[c] === 0) score *= 1 - grown * (1 - params.hapax)
      if (words > 3) discount *= 1 - grown * (1 - Math.pow(params.longWord, words - 3))
      // A chain with a preposition or "and" that recurs is a set phrase ("strategy of invigorating China
      // through science and education" in a year of reports); seen only a few times where terms recur, it
      // is mostly free syntax ("number of blades", "cost of transportation": 3-6 % of them were terms in
      // annotated corpora, against 40-50 % of all candidates). In a few articles every term is rare, so
      // the rule waits for the corpus to grow, as the hapax rule does.
      if (kind === 1 && f < params.rareChainFreq) discount *= 1 - grown * (1 - params.rareChain)
    }
    if (kind === 1 && links === 1 && ands === 1 && m <= 3 && stats.capitalised[c] === 0) {
      discount *= params.coordination
    }
    if (len > 1 && grading[pool[st]] && startsWithGradingWord(stats, c)) discount *= params.grading
    if (kind === 1 && thes > 0 && stats.capitalised[c] * 2 < f) discount *= params.ofThe
    if (kind === 1) discount *= params.chain
    const recurs = recurrence(stats.docs[c], D, params.recurrenceFrom)
    score *= Math.pow(discount, 1 - recurs)
    // A fixed formula of common words ("red line", "rule of law"): it recurs across the documents and holds
    // most occurrences of its rarest word (the words are not used apart). Termhood against general
    // English cannot see it; this can.
    // It needs a corpus large enough for words to recur apart (faded in as the hapax rule is).
    if (len > 1 && m > 1 && f >= 3 && recurs > 0 && grown > 0) {
      score *= 1 + grown * params.fixedness * recurs * Math.min(1, f / Math.max(1, minCount))
    }
    if (letters > 0 && len > 1 && stats.capitalised[c] * 2 < f && LOWER_LETTER.test(surfacesOf(stats, c)[0] ?? '')) {
      score *= params.formula
    }
    if (defined[c]) score *= params.defined
    // Quotation marks say the text treats the expression as one unit ("vegetable basket", "go global").
    if (stats.cues[c * CUE_SLOTS + Cue.Quoted] > 0) score *= params.quoted
    // A numbered instance of a name ("14th National People's Congress", "20th CPC National Congress") ranks
    // below names and terms: the name itself is the glossary's entry.
    if (len > 1 && ordinal[pool[st]]) score *= params.numbered
    if (kind === 2) score *= params.adjective
    else if (len === 1) score *= params.single
    // A person is kept (translators file names), below the terms: a speaker quoted in one story is not
    // what the glossary is for.
    // (less so one the documents keep naming).
    if (named === 'person') score *= Math.pow(params.person, 1 - recurrence(stats.docs[c], D, params.recurrenceFrom))
    if (score > 0) out.push({ i: c, kind: named, score, termhood, cvalue, parents: pc })
  }
  out.sort((x, y) => y.score - x.score || freq[y.i] - freq[x.i] || x.i - y.i)
  return out
}
