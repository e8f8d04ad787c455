/**
 * Is a segment English prose? Corpora carry other languages (a thesis's Turkish abstract, a German
 * address block) and formula lines ("dpw 2 = ρ ww rw drw"): mined, their words look like terms, because a
 * word absent from general English is exactly what termhood rewards. English prose is told apart by
 * what any sentence of it holds: most of its words are in the reference lexicon, and closed-class words
 * (the, of, and, is…) make up a large share. A segment failing both is skipped; either alone is not
 * enough (a line of technical jargon has few known words, a title has no function words).
 * The reference lexicon comes from subtitles and knows many foreign words ("le", "de", "vent"), so a
 * sentence in French or German passes the first test: there, the short-word method of language
 * identification (Grefenstette 1995) decides: the most frequent function words of other European
 * languages outnumbering English ones mark the segment as foreign.
 */
import type { ReferenceFrequencies } from './reference'
import { Tag, type TaggedToken } from './tagger'

/** Fewer words than this say too little to judge ("Rüzgar Enerjisi" stays: it may be a name). */
const MIN_WORDS = 4

function isClosedClass(tag: Tag): boolean {
  return (
    tag === Tag.Det || tag === Tag.Prep || tag === Tag.Conj || tag === Tag.Pron || tag === Tag.Aux || tag === Tag.Part
  )
}

const LETTER = /\p{L}/u
const DIGIT = /\d/

/** Frequent function words of French, German, Spanish, Italian, Portuguese, Dutch and Turkish that are not
 *  English words ("die", "was", "per", "con", "do" are left out: English has them). */
const FOREIGN_FUNCTION_WORDS = new Set(
  (
    'le les du des est une et dans pour avec sur qui que au aux ces sont ' +
    'pas der das und ist nicht ein eine mit von zu auf für dem sich auch wird werden el los las del y por ' +
    'para es se lo como il della di che gli nel alla sono os da dos em um uma não het een van en zijn niet ' +
    'voor ve bir bu ile için olarak olan gibi'
  ).split(' ')
)

export function looksForeign(toks: readonly TaggedToken[], ref: ReferenceFrequencies | null | undefined): boolean {
  if (!ref) return false
  let words = 0
  // Names, acronyms and codes say nothing of the language ("Enercon V80 Siemens", "tCO2/nm3"): the
  // lexicon test counts the words written in lower-case letters only.
  let lower = 0
  let known = 0
  let closedClass = 0
  let foreign = 0
  for (const t of toks) {
    if (!LETTER.test(t.text)) continue
    words++
    if (t.text[0] === t.lower[0] && !DIGIT.test(t.text)) {
      lower++
      if (ref.words.has(t.lower)) known++
    }
    if (isClosedClass(t.tag)) closedClass++
    else if (FOREIGN_FUNCTION_WORDS.has(t.lower)) foreign++
  }
  if (foreign >= 2 && foreign > closedClass && words >= MIN_WORDS) return true
  return lower >= MIN_WORDS && known * 2 < lower && closedClass * 10 < words
}
