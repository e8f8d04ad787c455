/**
 * A small, dictionary-free English inflection model for the concordance's lemma option:
 * "force" → force, forces, forced, forcing. It over-generates a little (harmless: the forms are
 * only looked up, and non-words never occur) and covers the common irregular verbs and nouns
 * of policy texts. Lemma matching = "the word's form set contains the query's lemma form".
 */
const IRREGULAR: Record<string, string[]> = {
  be: ['am', 'is', 'are', 'was', 'were', 'been', 'being'],
  have: ['has', 'had', 'having'],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  make: ['makes', 'made', 'making'],
  take: ['takes', 'took', 'taken', 'taking'],
  give: ['gives', 'gave', 'given', 'giving'],
  say: ['says', 'said', 'saying'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  come: ['comes', 'came', 'coming'],
  get: ['gets', 'got', 'gotten', 'getting'],
  build: ['builds', 'built', 'building'],
  hold: ['holds', 'held', 'holding'],
  lead: ['leads', 'led', 'leading'],
  bring: ['brings', 'brought', 'bringing'],
  seek: ['seeks', 'sought', 'seeking'],
  keep: ['keeps', 'kept', 'keeping'],
  meet: ['meets', 'met', 'meeting'],
  set: ['sets', 'setting'],
  put: ['puts', 'putting'],
  rise: ['rises', 'rose', 'risen', 'rising'],
  grow: ['grows', 'grew', 'grown', 'growing'],
  know: ['knows', 'knew', 'known', 'knowing'],
  think: ['thinks', 'thought', 'thinking'],
  find: ['finds', 'found', 'finding'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  write: ['writes', 'wrote', 'written', 'writing'],
  stand: ['stands', 'stood', 'standing'],
  child: ['children'],
  man: ['men'],
  woman: ['women'],
  person: ['people', 'persons'],
  criterion: ['criteria'],
  phenomenon: ['phenomena'],
  datum: ['data']
}

const IRREGULAR_BASE = new Map<string, string>()
for (const [base, forms] of Object.entries(IRREGULAR)) for (const f of forms) IRREGULAR_BASE.set(f, base)

const VOWEL = /[aeiou]/
const CVC = /[^aeiou][aeiou][bdgklmnprt]$/

/** Regular inflections of a (lower-case) base form, the base included. */
function regularForms(base: string): string[] {
  const out = [base]
  if (/(s|x|z|ch|sh)$/.test(base)) out.push(base + 'es')
  else if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + 'ies')
  else out.push(base + 's')
  if (base.endsWith('e')) {
    out.push(base + 'd', base.slice(0, -1) + 'ing')
  } else if (/[^aeiou]y$/.test(base)) {
    out.push(base.slice(0, -1) + 'ied', base + 'ing')
  } else {
    out.push(base + 'ed', base + 'ing')
    // Short stressed syllables double the consonant (stop → stopped); keep both, one is a non-word.
    if (CVC.test(base) && base.length <= 6) {
      const last = base[base.length - 1]
      out.push(base + last + 'ed', base + last + 'ing')
    }
  }
  return out
}

/** Possible base forms of a word (itself included). */
export function candidateLemmas(word: string): string[] {
  const w = word.toLowerCase()
  const out = new Set<string>([w])
  const irregular = IRREGULAR_BASE.get(w)
  if (irregular) out.add(irregular)
  const add = (s: string): void => {
    if (s.length >= 2 && VOWEL.test(s)) out.add(s)
  }
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y')
  if (w.endsWith('es')) add(w.slice(0, -2))
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1))
  if (w.endsWith('ied')) add(w.slice(0, -3) + 'y')
  if (w.endsWith('ed')) {
    add(w.slice(0, -2))
    add(w.slice(0, -1))
    if (/(.)\1ed$/.test(w)) add(w.slice(0, -3))
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3))
    add(w.slice(0, -3) + 'e')
    if (/(.)\1ing$/.test(w)) add(w.slice(0, -4))
  }
  return [...out]
}

/** Every surface form that shares a lemma with the query word (lower case), for lookup and FTS. */
export function inflectedForms(word: string): string[] {
  const out = new Set<string>()
  for (const base of candidateLemmas(word)) {
    for (const f of regularForms(base)) out.add(f)
    for (const f of IRREGULAR[base] ?? []) out.add(f)
  }
  return [...out]
}
