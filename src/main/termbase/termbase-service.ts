import { checkTerm } from '../../core/termbase/normalize-term'
import type { Concept, ConceptDraft, SaveConceptResult, TermRecord } from '../../shared/models'
import { ApiError } from '../api-error'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { findDuplicates, getConcept, insertConcept, replaceTerms, updateConcept } from './concepts-repo'
import { editWithHistory } from './snapshots'

const now = () => new Date().toISOString()

function requireConcept(db: Db, id: number): Concept {
  const concept = getConcept(db, id)
  if (!concept) throw new ApiError('not-found', `No concept ${id}`, { key: 'termbase.noConcept', params: { id: id } })
  return concept
}

function cleanTerms(terms: TermRecord[]): TermRecord[] {
  const seen = new Set<string>()
  const out: TermRecord[] = []
  for (const t of terms) {
    const problem = checkTerm(t.text)
    if (problem) {
      const term = t.text.slice(0, 60)
      throw new ApiError('invalid-argument', `${problem.message}: "${term}"`, {
        key: problem.key,
        params: { ...problem.params, term }
      })
    }
    const key = `${t.lang}\u0000${t.text.trim()}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ ...t, text: t.text.trim() })
  }
  return out
}

/** Preferred terms per language family. */
function preferredByLanguage(terms: readonly TermRecord[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const t of terms) {
    if (t.status !== 'preferred') continue
    const family = t.lang.split('-')[0].toLowerCase()
    out.set(family, [...(out.get(family) ?? []), t.text])
  }
  return out
}

/**
 * A language that would get a second preferred term (more than it has now, and more than one), or null.
 * A concept that already has two (a file said so, or someone agreed) can still be saved as it is.
 */
function secondPreferred(terms: readonly TermRecord[], current: readonly TermRecord[]): [string, string[]] | null {
  const before = preferredByLanguage(current)
  for (const [lang, texts] of preferredByLanguage(terms)) {
    if (texts.length > 1 && texts.length > (before.get(lang)?.length ?? 0)) return [lang, texts]
  }
  return null
}

/** Creates or updates a concept with all its terms; undoable; guards duplicates and concurrent edits. */
export function saveConcept(db: Db, draft: ConceptDraft): SaveConceptResult {
  const terms = cleanTerms(draft.terms)
  if (terms.length === 0) throw new ApiError('invalid-argument', 'A concept needs at least one term')
  const current = draft.id ? requireConcept(db, draft.id) : null
  const second = draft.allowTwoPreferred ? null : secondPreferred(terms, current?.terms ?? [])
  if (second) {
    // The editor asks ("keep both preferred?") and saves again with allowTwoPreferred.
    throw new ApiError(
      'conflict',
      `Two preferred terms in ${second[0]}: ${second[1].map((x) => `“${x}”`).join(', ')}. Make one admitted, ` +
        'or confirm that both are preferred',
      { key: 'termbase.twoPreferred', params: { lang: second[0], terms: second[1].join(', ') } }
    )
  }
  const duplicates = findDuplicates(db, terms, draft.id)
  if (duplicates.length > 0 && !draft.allowDuplicates) {
    return { saved: false, concept: current, duplicates, overwrote: null }
  }
  const overwrote =
    current && draft.expectedModifiedAt && current.modifiedAt !== draft.expectedModifiedAt
      ? { modifiedAt: current.modifiedAt }
      : null
  const fields = {
    definition: draft.definition ?? current?.definition ?? '',
    domain: draft.domain ?? current?.domain ?? '',
    note: draft.note ?? current?.note ?? '',
    source: draft.source ?? current?.source ?? ''
  }
  const label = terms.find((t) => t.lang === 'en')?.text ?? terms[0].text
  const id = editWithHistory(
    db,
    {
      label: `Save “${label}”`,
      labelText: { key: 'conceptSave', params: { term: label } },
      conceptIds: current ? [current.id] : []
    },
    () => {
      const stamp = now()
      const conceptId = current ? current.id : insertConcept(db, fields, stamp)
      if (current) updateConcept(db, conceptId, fields, stamp)
      replaceTerms(db, conceptId, terms, stamp)
      return { result: conceptId, conceptIds: [conceptId] }
    }
  )
  return { saved: true, concept: getConcept(db, id), duplicates, overwrote }
}

export function deleteConcept(db: Db, id: number): void {
  const concept = requireConcept(db, id)
  const label = concept.terms[0]?.text ?? `#${id}`
  editWithHistory(
    db,
    { label: `Delete “${label}”`, labelText: { key: 'conceptDelete', params: { term: label } }, conceptIds: [id] },
    () => {
      stmt(db, 'UPDATE concepts SET deleted_at = ? WHERE id = ?').run(now(), id)
      // Candidates accepted into it return to the queue as accepted-without-concept is meaningless.
      stmt(db, "UPDATE candidates SET status = 'new', concept_id = NULL WHERE concept_id = ?").run(id)
      return { result: undefined }
    }
  )
}

/**
 * Moves every term (without duplicates) and example of `sourceId` into `targetId`; deletes the source.
 * A preferred term of the source in a language where the target has one comes in as admitted, unless
 * `keepBothPreferred`: a concept never gets two preferred terms in a language unasked.
 */
export function mergeConcepts(db: Db, targetId: number, sourceId: number, keepBothPreferred = false): Concept {
  if (targetId === sourceId) throw new ApiError('invalid-argument', 'Cannot merge a concept into itself')
  const target = requireConcept(db, targetId)
  const source = requireConcept(db, sourceId)
  const label = `Merge “${source.terms[0]?.text ?? sourceId}” into “${target.terms[0]?.text ?? targetId}”`
  const labelText = {
    key: 'conceptMerge',
    params: { source: source.terms[0]?.text ?? `#${sourceId}`, target: target.terms[0]?.text ?? `#${targetId}` }
  }
  editWithHistory(db, { label, labelText, conceptIds: [targetId, sourceId] }, () => {
    const stamp = now()
    const have = new Set(target.terms.map((t) => `${t.lang}\u0000${t.text.toLowerCase()}`))
    const preferredIn = preferredByLanguage(target.terms)
    const added = source.terms
      .filter((t) => !have.has(`${t.lang}\u0000${t.text.toLowerCase()}`))
      .map((t) => {
        const family = t.lang.split('-')[0].toLowerCase()
        const demote = t.status === 'preferred' && !keepBothPreferred && preferredIn.has(family)
        return { ...t, id: undefined, status: demote ? ('admitted' as const) : t.status }
      })
    replaceTerms(db, targetId, [...target.terms, ...added], stamp)
    const fields = {
      definition: target.definition || source.definition,
      domain: target.domain || source.domain,
      note: [target.note, source.note].filter(Boolean).join('\n'),
      source: target.source || source.source
    }
    updateConcept(db, targetId, fields, stamp)
    stmt(db, 'UPDATE examples SET concept_id = ?, term_id = NULL WHERE concept_id = ?').run(targetId, sourceId)
    // A collocation both concepts hold stays once, on the target.
    stmt(db, 'UPDATE OR IGNORE collocations SET concept_id = ? WHERE concept_id = ?').run(targetId, sourceId)
    stmt(db, 'DELETE FROM collocations WHERE concept_id = ?').run(sourceId)
    stmt(db, 'UPDATE candidates SET concept_id = ? WHERE concept_id = ?').run(targetId, sourceId)
    stmt(db, 'UPDATE concepts SET deleted_at = ? WHERE id = ?').run(stamp, sourceId)
    return { result: undefined }
  })
  return requireConcept(db, targetId)
}
