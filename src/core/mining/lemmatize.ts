/** Head-noun lemmatisation for variant grouping: "forces" → "force", "policies" → "policy". */
import type { ReferenceFrequencies } from './reference'

const INVARIANT = /(?:ss|us|is|ics|ies?s|ous|news|series|species|data)$/

/** Singular of a lower-cased noun; unknown words by rule, known ones by the reference lemma. */
export function singular(lower: string, ref: ReferenceFrequencies | null | undefined): string {
  if (lower.length < 4 || !lower.endsWith('s')) return lower
  const e = ref?.words.get(lower)
  if (e) {
    // The reference lemma is trusted for nouns only ("analyses" is tagged as a verb out of context).
    if (e.pos[0] === 'N' && e.lemma && e.lemma !== lower && lower.startsWith(e.lemma.slice(0, 2))) {
      return e.lemma === 'datum' ? lower : e.lemma
    }
    if (e.pos[0] === 'N' && !e.lemma) {
      // Known as a noun with no different lemma: already singular ("physics", "gas") — unless its
      // singular is known too and it ends like a plural.
    }
  }
  if (INVARIANT.test(lower)) return lower
  let base: string
  if (lower.endsWith('ies')) base = lower.slice(0, -3) + 'y'
  else if (/(?:ches|shes|sses|xes|zes)$/.test(lower)) base = lower.slice(0, -2)
  else base = lower.slice(0, -1)
  if (!ref || ref.words.has(base) || !ref.words.has(lower)) return base
  return lower
}
