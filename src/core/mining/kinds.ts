/**
 * What a candidate names: a term, a name (organisation, plan, law, event, document), a person, a place or
 * an acronym (shared/vocabulary.ts CANDIDATE_KINDS). Decided from the words themselves (an acronym; a
 * capitalised phrase whose last word is a common noun names an institution or a document: "State Council",
 * "Government Work Report") and from what the text says around the occurrences (person: a title before it,
 * a verb of saying after it, ", who", ", vice minister of…"; place: "in/from/to …", "… Province"), counted
 * while mining (stats Cue.Person / Cue.Place) so that the decision holds over the whole corpus.
 */
import type { CandidateKind } from '../../shared/vocabulary'
import type { ReferenceFrequencies } from './reference'
import { type CorpusStats, Cue, CUE_SLOTS, SURFACE_SLOTS, wordsOf } from './stats'
import type { TaggedToken } from './tagger'

/** Titles and roles written before or after a person's name ("President Xi Jinping", "Zhang Junjie, a deputy
 *  to…", "Wang Jiangping, vice minister of…"). */
const PERSON_TITLES = new Set(
  (
    'president premier comrade mr mrs ms miss dr professor prof chairman chairwoman chairperson minister ' +
    'secretary governor mayor ambassador spokesperson spokesman spokeswoman director deputy vice academician ' +
    'researcher official adviser advisor representative lawmaker delegate counsellor councillor envoy king ' +
    'queen prince princess pope senator congressman congresswoman judge'
  ).split(' ')
)

/** Verbs of saying: their subject, or in "said X." their inverted subject, is a person. */
export const REPORTING_VERBS = new Set(
  (
    'said says say asked asks told tells stressed stresses emphasized emphasizes ' +
    'emphasised emphasises urged urges noted notes added adds explained explains replied replies recalled ' +
    'recalls remarked remarks wrote writes'
  ).split(' ')
)

const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'across', 'throughout', 'near', 'visited', 'visit'])

/** Words that, after a name, make it a place ("Jiangsu province", "Shenyang City", "Yangtze River"). */
const PLACE_CLASS = new Set(
  (
    'province provinces city cities county counties district districts region regions village villages town ' +
    'towns municipality prefecture state states river rivers lake lakes mountain mountains island islands sea ' +
    'strait straits street avenue square port bay coast valley'
  ).split(' ')
)

/**
 * Counts what the words around an occurrence (tokens a..b) say of the thing it names. Only capitalised
 * phrases are names; for others nothing is counted.
 */
export function countNameCues(toks: TaggedToken[], a: number, b: number, cues: Int32Array, i: number): void {
  if (!toks[b].capital) return
  const prev = a > 0 ? toks[a - 1] : null
  const next = b + 1 < toks.length ? toks[b + 1] : null
  const after = b + 2 < toks.length ? toks[b + 2] : null
  const joinedPrev = prev !== null && !toks[a].breakBefore ? prev : null
  let person = false
  let place = false
  if (joinedPrev !== null) {
    if (PERSON_TITLES.has(joinedPrev.lower) || REPORTING_VERBS.has(joinedPrev.lower)) person = true
    else if (PLACE_PREPOSITIONS.has(joinedPrev.lower)) place = true
  }
  if (next !== null && !next.breakBefore) {
    if (REPORTING_VERBS.has(next.lower)) person = true
    else if (PLACE_CLASS.has(next.lower)) place = true
  }
  if (next !== null && next.breakBefore) {
    // Apposition after a comma: ", who…", ", vice minister of…", ", a deputy to…".
    if (next.lower === 'who' || PERSON_TITLES.has(next.lower)) person = true
    else if ((next.lower === 'a' || next.lower === 'an') && after !== null && PERSON_TITLES.has(after.lower)) {
      person = true
    } else if ((next.lower === 'a' || next.lower === 'an') && after !== null && /^\d+-year-old$/.test(after.lower)) {
      person = true
    }
  }
  if (person) cues[i * CUE_SLOTS + Cue.Person]++
  if (place) cues[i * CUE_SLOTS + Cue.Place]++
}

const ACRONYM = /^[A-Z][A-Za-z&]*[A-Z0-9]s?$|^(?:[A-Z]\.){2,}$/

/** The kind of candidate c (see the module comment). */
export function kindOf(stats: CorpusStats, c: number, ref: ReferenceFrequencies | null | undefined): CandidateKind {
  const f = stats.freq[c]
  // The form most often written: the first one seen may be a heading ("Wind Turbine" over 231 lower-case
  // "wind turbine").
  const form = stats.capitalised[c] * 2 < f ? mostWritten(stats, c) : (stats.surfText[c * SURFACE_SLOTS] ?? '')
  if (stats.n[c] === 1 && form.length <= 10 && ACRONYM.test(form) && !form.includes(' ')) return 'acronym'
  if (stats.capitalised[c] * 2 < f && !titleCase(form, stats.n[c])) return 'term'
  const words = wordsOf(stats, c)
  const last = words[words.length - 1]
  // A title inside the phrase before a name: "President Xi Jinping", "Comrade Hu Jintao".
  for (let k = 0; k < words.length - 1; k++) if (PERSON_TITLES.has(words[k]) && isNameWord(last, ref)) return 'person'
  if (PLACE_CLASS.has(last)) return 'place'
  const person = stats.cues[c * CUE_SLOTS + Cue.Person]
  const place = stats.cues[c * CUE_SLOTS + Cue.Place]
  // A phrase ending in a common noun names an institution, a plan, a law, a document, an event.
  if (words.length > 1 && !isNameWord(last, ref)) return 'name'
  if (person > 0 && person >= place) return 'person'
  if (place > 0) return 'place'
  return 'name'
}

function mostWritten(stats: CorpusStats, c: number): string {
  let best = stats.surfText[c * SURFACE_SLOTS] ?? ''
  let count = -1
  for (let k = 0; k < SURFACE_SLOTS; k++) {
    const n = stats.surfCount[c * SURFACE_SLOTS + k]
    const t = stats.surfText[c * SURFACE_SLOTS + k]
    if (t !== undefined && n > count) {
      best = t
      count = n
    }
  }
  return best
}

/** Every word of a phrase of two or more written with a capital: a name, also where the first one only
 *  shows it at a sentence start ("Zhang Junjie, a deputy…"). */
function titleCase(form: string, n: number): boolean {
  const c0 = form.charCodeAt(0)
  if (n < 2 || !(c0 >= 65 && c0 <= 90)) return false
  for (const w of form.split(' ')) {
    const c = w.charCodeAt(0)
    if (!(c >= 65 && c <= 90) && !NAME_LINKS.has(w)) return false
  }
  return true
}

const NAME_LINKS = new Set(['of', 'for', 'and', 'the', 'in', 'on'])

/** A word general English knows only as a name, or not at all ("Jinping", "Jiangsu", "Xi"). */
function isNameWord(lower: string, ref: ReferenceFrequencies | null | undefined): boolean {
  if (!ref) return true
  const e = ref.words.get(lower.replace(/'s$/, ''))
  return e === undefined || e.pos[0] === 'P'
}
