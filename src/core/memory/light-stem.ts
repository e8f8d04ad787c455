/**
 * A deliberately light English stemmer for term recognition: it only has to map a term and its
 * inflected forms in running text to the same key (forces/force, policies/policy, developing/
 * developed/develop, planning/plan), not produce dictionary lemmas. Derivations (development vs
 * develop) stay apart, since they are different terms. Irregular forms (made, children) are not handled.
 */

const VOWEL = /[aeiouy]/
const DOUBLE_CONSONANT = /([b-df-hj-km-np-rtv-xz])\1$/ // not l, s, z: call, pass, buzz keep theirs

export function lightStem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]$/, '')
  if (w.length <= 3 || /\d/.test(w)) return w
  // Plural / third person.
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (/(?:[sxz]|ch|sh)es$/.test(w)) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  // Past and progressive forms, only when a syllable is left.
  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('ing') && w.length - 3 >= 3 && VOWEL.test(w.slice(0, -3))) w = w.slice(0, -3)
  else if (w.endsWith('ed') && w.length - 2 >= 3 && VOWEL.test(w.slice(0, -2))) w = w.slice(0, -2)
  // Applied to every word, inflected or not, so base and inflected forms meet in the middle:
  // plan/planning -> plan, add/added -> ad, make/making -> mak, produce/produced -> produc.
  w = w.replace(DOUBLE_CONSONANT, '$1')
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}
