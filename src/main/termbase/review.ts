import { checkTerm, termProblem } from '../../core/termbase/normalize-term'
import type { TermRecord, TranslatableText } from '../../shared/models'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { ApiError } from '../handlers/types'
import { findDuplicates, getConcept, insertConcept, replaceTerms } from './concepts-repo'
import { editWithHistory } from './snapshots'

interface CandidateRow {
  id: number
  term: string
  variants: string
  status: string
  concept_id: number | null
}

function loadCandidates(db: Db, ids: number[]): CandidateRow[] {
  return ids.map((id) => {
    const row = stmt(db, 'SELECT id, term, variants, status, concept_id FROM candidates WHERE id = ?').get(id) as
      | CandidateRow
      | undefined
    if (!row) throw new ApiError('not-found', `No candidate ${id}`)
    return row
  })
}

/** The English terms a candidate brings: its form preferred, other spellings admitted (case-insensitive dedupe). */
function candidateTerms(c: CandidateRow, status: TermRecord['status'] = 'preferred'): TermRecord[] {
  const forms = [c.term, ...(JSON.parse(c.variants) as string[])]
  const seen = new Set<string>()
  const out: TermRecord[] = []
  for (const form of forms) {
    const key = form.toLowerCase()
    if (seen.has(key) || termProblem(form)) continue
    seen.add(key)
    out.push({ lang: 'en', text: form, status: out.length === 0 ? status : 'admitted', pos: 'noun', usageNote: '' })
  }
  return out
}

const label = (verb: string, rows: CandidateRow[]) =>
  rows.length === 1 ? `${verb} “${rows[0].term}”` : `${verb} ${rows.length} candidates`
/** The same for the UI: history.labels.candidate<Verb>One / candidate<Verb>Many. */
const labelText = (verb: string, rows: CandidateRow[]): TranslatableText => rows.length === 1
  ? { key: `candidate${verb}One`, params: { term: rows[0].term } }
  : { key: `candidate${verb}Many`, params: { count: rows.length } }

/** Each candidate becomes a concept (or joins the concept that already has its term). */
export function acceptCandidates(db: Db, ids: number[]): number[] {
  const rows = loadCandidates(db, ids)
  return editWithHistory(db, { label: label('Accept', rows), labelText: labelText('Accept', rows), candidateIds: ids }, () => {
    const stamp = new Date().toISOString()
    const conceptIds: number[] = []
    for (const c of rows) {
      let conceptId = c.concept_id && getConcept(db, c.concept_id) ? c.concept_id : null
      if (!conceptId) {
        const terms = candidateTerms(c)
        conceptId = findDuplicates(db, terms.slice(0, 1))[0]?.conceptId ?? null
        if (!conceptId) {
          conceptId = insertConcept(db, { definition: '', domain: '', note: '', source: 'mined' }, stamp)
          replaceTerms(db, conceptId, terms, stamp)
        }
      }
      stmt(db, "UPDATE candidates SET status = 'accepted', concept_id = ?, updated_at = ? WHERE id = ?").run(
        conceptId,
        stamp,
        c.id
      )
      conceptIds.push(conceptId)
    }
    return { result: conceptIds, conceptIds }
  })
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
  editWithHistory(db, { label: `Edit “${row.term}”`,
    labelText: { key: 'candidateEdit', params: { term: row.term } }, candidateIds: [id] }, () => {
    const variants = JSON.parse(row.variants) as string[]
    if (!variants.includes(row.term)) variants.unshift(row.term)
    stmt(db, 'UPDATE candidates SET term = ?, variants = ?, updated_at = ? WHERE id = ?').run(
      term.trim(),
      JSON.stringify(variants),
      new Date().toISOString(),
      id
    )
    return { result: undefined }
  })
}

/** Merges candidates into one candidate (variants pooled) or into an existing concept (as synonyms). */
export function mergeCandidates(db: Db, ids: number[], into: { candidate?: number; concept?: number }): void {
  const rows = loadCandidates(db, ids)
  if (into.candidate !== undefined) {
    const [target] = loadCandidates(db, [into.candidate])
    if (ids.includes(target.id)) throw new ApiError('invalid-argument', 'Cannot merge a candidate into itself')
    editWithHistory(db, { label: `Merge into “${target.term}”`,
      labelText: { key: 'candidateMergeInto', params: { term: target.term } }, candidateIds: [...ids, target.id] }, () => {
      const variants = new Set(JSON.parse(target.variants) as string[])
      for (const c of rows) for (const v of [c.term, ...(JSON.parse(c.variants) as string[])]) variants.add(v)
      stmt(db, 'UPDATE candidates SET variants = ? WHERE id = ?').run(JSON.stringify([...variants]), target.id)
      const merge = stmt(db, "UPDATE candidates SET status = 'merged', merged_into = ? WHERE id = ?")
      for (const c of rows) merge.run(target.id, c.id)
      return { result: undefined }
    })
    return
  }
  if (into.concept === undefined) throw new ApiError('invalid-argument', 'Name a candidate or a concept to merge into')
  const concept = getConcept(db, into.concept)
  if (!concept) throw new ApiError('not-found', `No concept ${into.concept}`, { key: 'termbase.noConcept', params: { id: into.concept } })
  editWithHistory(db, { label: label('Merge', rows), labelText: labelText('Merge', rows),
    conceptIds: [concept.id], candidateIds: ids }, () => {
    const stamp = new Date().toISOString()
    const have = new Set(concept.terms.map((t) => `${t.lang}\u0000${t.text.toLowerCase()}`))
    const added = rows
      .flatMap((c) => candidateTerms(c, 'admitted'))
      .filter((t) => {
        const key = `${t.lang}\u0000${t.text.toLowerCase()}`
        if (have.has(key)) return false
        have.add(key)
        return true
      })
    replaceTerms(db, concept.id, [...concept.terms, ...added], stamp)
    stmt(db, 'UPDATE concepts SET modified_at = ? WHERE id = ?').run(stamp, concept.id)
    const link = stmt(db, "UPDATE candidates SET status = 'accepted', concept_id = ?, updated_at = ? WHERE id = ?")
    for (const c of rows) link.run(concept.id, stamp, c.id)
    return { result: undefined }
  })
}
