/**
 * What a term-base import does with each incoming entry, as pure functions (the SQL side gathers what the
 * term base holds and carries the decisions out: src/main/exchange/import-concepts.ts).
 *
 * The rules (issue #15 §2: the term base keeps exactly what it is given):
 * - Entries are concepts. Into an empty term base every entry becomes a concept of its own, always: two
 *   entries sharing "opening up" (对外开放, 开通) are homonyms, two concepts. Entries of one file never
 *   merge with each other.
 * - Into a term base that holds concepts, an entry is matched on its ID first: an entry whose id names a
 *   live concept (Shuyu writes concept 12 as `c12` in TBX, `12` in CSV) *and* shares a term with it is
 *   that concept, and merges into it. An id match without a shared term is not trusted (another
 *   workspace's concept 12).
 * - Otherwise a live concept sharing a term is a *proposal*: the preview lists it, the entry is imported
 *   as a new concept unless the request accepts the merge. A concept whose definition or subject field
 *   differs from the entry's (both given) is never proposed: the two are kept apart, and the report says so.
 * - A merge keeps every term as given: a term is the same term only when its language and text are
 *   identical; "National People’s Congress" beside "National People's Congress" is a second term.
 * - Conflicts are answered per field: keep mine (the term base's), take the file's, keep both. Unanswered,
 *   a text field keeps both (the file's value is stored beside the concept's as `imported <field>`), a
 *   status keeps the term base's and records the file's, and a second preferred term in a language comes
 *   in as admitted: a concept never gets two preferred terms in one language unless the answer says so.
 */
import type { TermStatus } from './model'

export type FieldAnswer = 'mine' | 'theirs' | 'both'

export const MERGED_FIELDS = ['definition', 'domain', 'note', 'source'] as const
export type MergedField = (typeof MERGED_FIELDS)[number]

/** A term as the policy compares it: `family` is the primary language, `norm` the folded form. */
export interface PolicyTerm {
  lang: string
  family: string
  norm: string
  text: string
  status: TermStatus
}

export type PolicyFields = Partial<Record<MergedField, string>>

export interface IncomingEntry extends PolicyFields {
  id?: string
  terms: PolicyTerm[]
}

export interface HeldConcept extends PolicyFields {
  id: number
  terms: PolicyTerm[]
}

/** What the term base holds for one entry, as the SQL side found it. */
export interface Holdings {
  /** No live concept existed when the import began. */
  empty: boolean
  /** The live concept the entry's id names, if any (see conceptIdOf). */
  byId: HeldConcept | null
  /** Live concepts from before the import sharing a term (language family and folded form), oldest first. */
  sharing: HeldConcept[]
}

/** Why a concept sharing a term was not proposed. */
export interface KeptApart {
  concept: number
  shared: string[]
  fields: Array<'definition' | 'domain'>
}

export type EntryDecision =
  | {
      action: 'create'
      /** The merge the preview proposes (the entry was created because it was not accepted). */
      proposal?: { concept: number; shared: string[] }
      /** Concepts sharing a term that differ in definition or subject field. */
      keptApart?: KeptApart[]
    }
  | { action: 'merge'; target: number; by: 'id' | 'term'; keptApart?: KeptApart[] }

/** The concept id an entry id names in Shuyu's own exports (`c12` in TBX, `12` in CSV/XLSX), else null. */
export function conceptIdOf(entryId: string | undefined): number | null {
  const m = entryId === undefined ? null : /^c?([1-9][0-9]{0,14})$/.exec(entryId.trim())
  return m ? Number(m[1]) : null
}

/**
 * `accepted`: the concept the request accepted merging this entry into (by shared term), if any; `'any'`
 * accepts whatever merge is proposed.
 */
export function decideEntry(entry: IncomingEntry, held: Holdings, accepted?: number | 'any'): EntryDecision {
  if (held.empty) return { action: 'create' }
  if (held.byId && sharedTerms(entry.terms, held.byId.terms).length > 0) {
    return { action: 'merge', target: held.byId.id, by: 'id' }
  }
  const apart: KeptApart[] = []
  let proposal: { concept: number; shared: string[] } | undefined
  for (const concept of held.sharing) {
    const shared = sharedTerms(entry.terms, concept.terms)
    if (shared.length === 0) continue
    const fields = differingIdentity(entry, concept)
    if (fields.length > 0) apart.push({ concept: concept.id, shared, fields })
    else proposal ??= { concept: concept.id, shared }
  }
  const keptApart = apart.length > 0 ? { keptApart: apart } : {}
  if (proposal && (accepted === proposal.concept || accepted === 'any')) {
    return { action: 'merge', target: proposal.concept, by: 'term', ...keptApart }
  }
  return { action: 'create', ...(proposal ? { proposal } : {}), ...keptApart }
}

/** The entry's terms (as written in the file) that share language family and folded form with `held`. */
export function sharedTerms(incoming: readonly PolicyTerm[], held: readonly PolicyTerm[]): string[] {
  const keys = new Set(held.map((t) => `${t.family}\u0000${t.norm}`))
  return incoming.filter((t) => keys.has(`${t.family}\u0000${t.norm}`)).map((t) => t.text)
}

/** Definition and subject field are what tell homonyms apart: both given and different means two concepts. */
function differingIdentity(entry: PolicyFields, held: PolicyFields): Array<'definition' | 'domain'> {
  const out: Array<'definition' | 'domain'> = []
  for (const f of ['definition', 'domain'] as const) {
    const a = fold(entry[f])
    const b = fold(held[f])
    if (a && b && a !== b) out.push(f)
  }
  return out
}

function fold(s: string | undefined): string {
  return (s ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}

/** A conflict of one merge, as the preview lists it; `field` is also the key its answer is given under. */
export interface FieldConflict {
  /** `definition` | `domain` | `note` | `source` | `status <lang> <text>` | `preferred <family>` */
  field: string
  mine: string
  theirs: string
  /** What was done: the answer given, else the default. */
  answer: FieldAnswer
}

export interface MergePlan {
  /** Concept fields to set (only those that change). */
  fields: PolicyFields
  /** Values to add to the concept's extras (`imported definition`…). */
  extras: Array<[string, string]>
  /** Incoming terms to add, by index into entry.terms, with the status they get. */
  add: Array<{ index: number; status: TermStatus }>
  /** Held terms whose status changes, by index into held.terms. */
  statusChanges: Array<{ index: number; status: TermStatus }>
  /** Values to add to a held term's extras (`imported status`), by index into held.terms. */
  termExtras: Array<{ index: number; key: string; value: string }>
  conflicts: FieldConflict[]
}

export type AnswerOf = (field: string) => FieldAnswer | undefined

/** How `entry` merges into `held`, answering each conflict with `answerOf(field)` (or the default). */
export function planMerge(held: HeldConcept, entry: IncomingEntry, answerOf: AnswerOf = () => undefined): MergePlan {
  const plan: MergePlan = { fields: {}, extras: [], add: [], statusChanges: [], termExtras: [], conflicts: [] }
  for (const f of MERGED_FIELDS) {
    const mine = held[f] ?? ''
    const theirs = entry[f]?.trim() ?? ''
    if (!theirs || theirs === mine) continue
    if (!mine) {
      plan.fields[f] = theirs
      continue
    }
    const answer = answerOf(f) ?? 'both'
    plan.conflicts.push({ field: f, mine, theirs, answer })
    if (answer === 'theirs') plan.fields[f] = theirs
    else if (answer === 'both') plan.extras.push([`imported ${f}`, theirs])
  }

  const statuses = held.terms.map((t) => t.status)
  entry.terms.forEach((t, index) => {
    const same = held.terms.findIndex((h) => h.family === t.family && h.text === t.text)
    if (same >= 0) {
      const mine = held.terms[same].status
      if (mine === t.status) return
      const field = `status ${t.lang} ${t.text}`
      const answer = answerOf(field) ?? 'both'
      plan.conflicts.push({ field, mine, theirs: t.status, answer })
      if (answer === 'theirs') {
        statuses[same] = t.status
        plan.statusChanges.push({ index: same, status: t.status })
      } else if (answer === 'both') plan.termExtras.push({ index: same, key: 'imported status', value: t.status })
      return
    }
    plan.add.push({ index, status: t.status })
  })

  // One preferred term per language unless the answer says otherwise; asked once per language.
  const families = new Set(plan.add.map((a) => entry.terms[a.index].family))
  for (const family of families) {
    const heldPreferred = held.terms
      .map((h, i) => ({ h, i }))
      .filter(({ h, i }) => h.family === family && statuses[i] === 'preferred')
    const incoming = plan.add.filter((a) => a.status === 'preferred' && entry.terms[a.index].family === family)
    if (heldPreferred.length === 0 || incoming.length === 0) continue
    const field = `preferred ${family}`
    const answer = answerOf(field) ?? 'mine'
    plan.conflicts.push({
      field,
      mine: heldPreferred.map(({ h }) => h.text).join(' | '),
      theirs: incoming.map((a) => entry.terms[a.index].text).join(' | '),
      answer
    })
    if (answer === 'mine') for (const a of incoming) a.status = 'admitted'
    else if (answer === 'theirs') {
      for (const { i } of heldPreferred) plan.statusChanges.push({ index: i, status: 'admitted' })
    }
  }
  return plan
}
