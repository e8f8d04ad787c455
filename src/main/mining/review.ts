import { checkTerm, termProblem } from '../../core/termbase/normalize-term'
import type { TermRecord, TranslatableText } from '../../shared/models'
import type { Lang } from '../../shared/vocabulary'
import { ApiError } from '../api-error'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { findDuplicates, getConcept, insertConcept, replaceTerms } from '../termbase/concepts-repo'
import { editWithHistory } from '../termbase/snapshots'
import { groupFigures, ownFrequency, storeGroupFigures } from './candidate-groups'

interface CandidateRow {
  id: number
  lang: Lang
  term: string
  variants: string
  status: string
  concept_id: number | null
  merged_into: number | null
  freq: number
  docs: number
}

function loadCandidates(db: Db, ids: number[]): CandidateRow[] {
  return ids.map((id) => {
    const row = stmt(
      db,
      'SELECT id, lang, term, variants, status, concept_id, merged_into, freq, docs FROM candidates WHERE id = ?'
    ).get(id) as CandidateRow | undefined
    if (!row) throw new ApiError('not-found', `No candidate ${id}`)
    return row
  })
}

/**
 * The term a candidate brings: its form, preferred. Its other spellings and the candidates merged into it
 * are not terms (issue #15: a merge made every fragment an admitted term): they stay the concept's *mined
 * forms*, read from the linked candidates (concepts-repo.ts minedForms), shown on the concept and not
 * exported, until the reviewer promotes one to a term.
 */
function candidateTerms(c: CandidateRow): TermRecord[] {
  if (termProblem(c.term)) return []
  // A Chinese candidate is mined from simplified text (traditional folded to it): its term is zh-CN, the
  // tag the rest of the app gives Chinese (cli term add --zh, memory, exchange).
  return [{ lang: c.lang === 'zh' ? 'zh-CN' : 'en', text: c.term, status: 'preferred', pos: 'noun', usageNote: '' }]
}

const label = (verb: string, rows: CandidateRow[]) =>
  rows.length === 1 ? `${verb} “${rows[0].term}”` : `${verb} ${rows.length} candidates`
/** The same for the UI: history.labels.candidate<Verb>One / candidate<Verb>Many. */
const labelText = (verb: string, rows: CandidateRow[]): TranslatableText =>
  rows.length === 1
    ? { key: `candidate${verb}One`, params: { term: rows[0].term } }
    : { key: `candidate${verb}Many`, params: { count: rows.length } }

/** The live concept an accepted candidate already belongs to, else null. */
function acceptedConcept(db: Db, c: CandidateRow): number | null {
  return c.status === 'accepted' && c.concept_id !== null && getConcept(db, c.concept_id) ? c.concept_id : null
}

/** The live concept a candidate would join without creating one: its own link, else one that has its term. */
function existingConcept(db: Db, c: CandidateRow): number | null {
  if (c.concept_id !== null && getConcept(db, c.concept_id)) return c.concept_id
  return findDuplicates(db, candidateTerms(c).slice(0, 1))[0]?.conceptId ?? null
}

export interface AcceptResult {
  /** The concept of each candidate, in the order asked. */
  conceptIds: number[]
  /** How many this call accepted (the others were accepted already: nothing changed for them). */
  accepted: number
}

/**
 * Each candidate becomes a concept (or joins the concept that already has its term). A candidate
 * already accepted into a live concept is left alone: no second concept and no history entry.
 */
/**
 * `chinese`: for some candidates, the Chinese equivalent a new concept takes as its preferred Chinese
 * term (the equivalents column's "accept with equivalent"); a concept the candidate joins is left as it is.
 */
export function acceptCandidates(
  db: Db,
  ids: number[],
  chinese: ReadonlyMap<number, string> = new Map()
): AcceptResult {
  return db.transaction((): AcceptResult => {
    const rows = loadCandidates(db, ids)
    const done = new Map<number, number>()
    for (const c of rows) {
      const conceptId = acceptedConcept(db, c)
      if (conceptId !== null) done.set(c.id, conceptId)
    }
    const todo = rows.filter((c) => !done.has(c.id))
    if (todo.length === 0) return { conceptIds: rows.map((c) => done.get(c.id) as number), accepted: 0 }
    // Concepts the candidates join already exist: captured before the change, or undo would delete them.
    const joined = [...new Set(todo.map((c) => existingConcept(db, c)).filter((id): id is number => id !== null))]
    const made = editWithHistory(
      db,
      {
        label: label('Accept', todo),
        labelText: labelText('Accept', todo),
        conceptIds: joined,
        candidateIds: todo.map((c) => c.id)
      },
      () => {
        const stamp = new Date().toISOString()
        const conceptIds: number[] = []
        for (const c of todo) {
          let conceptId = existingConcept(db, c)
          if (!conceptId) {
            conceptId = insertConcept(db, { definition: '', domain: '', note: '', source: 'mined' }, stamp)
            const zh = chinese.get(c.id)?.trim()
            const withZh: TermRecord[] = zh
              ? [{ lang: 'zh-CN', text: zh, status: 'preferred', pos: 'noun', usageNote: '' }]
              : []
            replaceTerms(db, conceptId, [...candidateTerms(c), ...withZh], stamp)
          }
          stmt(db, "UPDATE candidates SET status = 'accepted', concept_id = ?, updated_at = ? WHERE id = ?").run(
            conceptId,
            stamp,
            c.id
          )
          conceptIds.push(conceptId)
          done.set(c.id, conceptId)
        }
        return { result: conceptIds, conceptIds }
      }
    )
    return { conceptIds: rows.map((c) => done.get(c.id) as number), accepted: made.length }
  })()
}

export function setCandidateStatus(db: Db, ids: number[], status: 'rejected' | 'skipped' | 'new'): void {
  const rows = loadCandidates(db, ids)
  const verb = status === 'rejected' ? 'Reject' : status === 'skipped' ? 'Skip' : 'Reopen'
  editWithHistory(db, { label: label(verb, rows), labelText: labelText(verb, rows), candidateIds: ids }, () => {
    const update = stmt(db, 'UPDATE candidates SET status = ?, updated_at = ? WHERE id = ?')
    for (const c of rows) update.run(status, new Date().toISOString(), c.id)
    return { result: undefined }
  })
}

export function editCandidate(db: Db, id: number, term: string): void {
  const problem = checkTerm(term)
  if (problem) {
    throw new ApiError('invalid-argument', problem.message, {
      key: problem.key,
      params: { ...problem.params, term: term.slice(0, 60) }
    })
  }
  const [row] = loadCandidates(db, [id])
  editWithHistory(
    db,
    {
      label: `Edit “${row.term}”`,
      labelText: { key: 'candidateEdit', params: { term: row.term } },
      candidateIds: [id]
    },
    () => {
      // Edit replaces: the old text is not kept as a variant (it would come back as a term on accept).
      stmt(db, 'UPDATE candidates SET term = ?, updated_at = ? WHERE id = ?').run(
        term.trim(),
        new Date().toISOString(),
        id
      )
      return { result: undefined }
    }
  )
}

/** The candidate a merge lands on: a merged candidate stands for the root of its group. */
function mergeRoot(db: Db, id: number): CandidateRow {
  let [row] = loadCandidates(db, [id])
  for (let hops = 0; row.status === 'merged' && row.merged_into !== null && hops < 100; hops++) {
    ;[row] = loadCandidates(db, [row.merged_into])
  }
  return row
}

/**
 * Merges candidates into one candidate: the target's frequency, documents, variants and contexts become
 * the group's at once (see candidate-groups.ts), and re-mining keeps them so. A merged candidate that
 * had a group of its own hands it over: its figures go back to its own.
 */
function mergeIntoCandidate(db: Db, rows: CandidateRow[], targetId: number): void {
  const target = mergeRoot(db, targetId)
  if (rows.some((c) => c.id === target.id)) {
    throw new ApiError('invalid-argument', 'Cannot merge a candidate into itself', {
      key: 'candidates.mergeIntoItself'
    })
  }
  // An English and a Chinese candidate are two names in two languages, not variants of one form: pairing
  // them is accepting both into one concept.
  if (rows.some((c) => c.lang !== target.lang)) {
    throw new ApiError('invalid-argument', 'Candidates of different languages cannot be merged', {
      key: 'candidates.mergeAcrossLanguages'
    })
  }
  editWithHistory(
    db,
    {
      label: `Merge into “${target.term}”`,
      labelText: { key: 'candidateMergeInto', params: { term: target.term } },
      candidateIds: [...rows.map((c) => c.id), target.id]
    },
    () => {
      // A root's stored frequency is its group's (distinct occurrences); a member's is its own.
      const own = (c: CandidateRow) => (c.status === 'merged' ? c.freq : ownFrequency(db, c.id, c.freq))
      const targetOwn = { freq: own(target), docs: target.docs, variants: JSON.parse(target.variants) as string[] }
      const demote = stmt(
        db,
        "UPDATE candidates SET status = 'merged', merged_into = ?, freq = ?, updated_at = ? WHERE id = ?"
      )
      const stamp = new Date().toISOString()
      // All own figures first: demoting one candidate changes the groups the others' are derived from.
      const owns = rows.map(own)
      rows.forEach((c, i) => demote.run(target.id, owns[i], stamp, c.id))
      storeGroupFigures(db, target.id, groupFigures(db, target.id, targetOwn))
      return { result: undefined }
    }
  )
}

/**
 * Merges candidates into one candidate (variants pooled) or into an existing concept: linked to it, their
 * forms become its mined forms (not terms, until the reviewer promotes one).
 */
export function mergeCandidates(db: Db, ids: number[], into: { candidate?: number; concept?: number }): void {
  const rows = loadCandidates(db, ids)
  if (into.candidate !== undefined) {
    mergeIntoCandidate(db, rows, into.candidate)
    return
  }
  if (into.concept === undefined) throw new ApiError('invalid-argument', 'Name a candidate or a concept to merge into')
  const concept = getConcept(db, into.concept)
  if (!concept)
    throw new ApiError('not-found', `No concept ${into.concept}`, {
      key: 'termbase.noConcept',
      params: { id: into.concept }
    })
  editWithHistory(
    db,
    { label: label('Merge', rows), labelText: labelText('Merge', rows), conceptIds: [concept.id], candidateIds: ids },
    () => {
      const stamp = new Date().toISOString()
      stmt(db, 'UPDATE concepts SET modified_at = ? WHERE id = ?').run(stamp, concept.id)
      const link = stmt(db, "UPDATE candidates SET status = 'accepted', concept_id = ?, updated_at = ? WHERE id = ?")
      for (const c of rows) link.run(concept.id, stamp, c.id)
      return { result: undefined }
    }
  )
}
