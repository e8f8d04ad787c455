import { toContextLine } from '../../core/concordance/context-line'
import type { ContextLine, UsagePoint } from '../../shared/models'
import type { Db } from '../db/open-database'
import { getConcept } from './concepts-repo'

interface SegmentHit {
  segmentId: number
  documentId: number
  title: string
  date: string | null
  text: string
  start: number
  end: number
}

/** Finds the concept's terms in the corpus (case-insensitive, whole words for English). */
function findOccurrences(db: Db, conceptId: number, limit = Infinity): SegmentHit[] {
  const concept = getConcept(db, conceptId)
  if (!concept) return []
  const hits: SegmentHit[] = []
  const query = db.prepare(
    `SELECT s.id AS segmentId, s.document_id AS documentId, d.title, d.date, s.text
     FROM segments s JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
     WHERE instr(lower(s.text), ?) > 0 ORDER BY d.date, d.id, s.ordinal`
  )
  const seen = new Set<string>()
  for (const term of concept.terms) {
    const needle = term.text.toLowerCase()
    if (!needle) continue
    const latin = /^[\p{Script=Latin}\p{N}]/u.test(needle)
    for (const row of query.iterate(needle) as Iterable<Omit<SegmentHit, 'start' | 'end'>>) {
      const lower = row.text.toLowerCase()
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const before = lower[at - 1] ?? ' '
        const after = lower[at + needle.length] ?? ' '
        if (latin && (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after))) continue
        const key = `${row.segmentId}:${at}`
        if (seen.has(key)) continue
        seen.add(key)
        hits.push({ ...row, start: at, end: at + needle.length })
        if (hits.length >= limit) return hits
      }
    }
  }
  return hits
}

export function conceptUsage(db: Db, conceptId: number): UsagePoint[] {
  const byDoc = new Map<number, UsagePoint>()
  for (const h of findOccurrences(db, conceptId)) {
    const point = byDoc.get(h.documentId) ?? { documentId: h.documentId, title: h.title, date: h.date, count: 0 }
    point.count++
    byDoc.set(h.documentId, point)
  }
  return [...byDoc.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.documentId - b.documentId)
}

export function conceptContexts(db: Db, conceptId: number, limit = 100, width = 90): ContextLine[] {
  return findOccurrences(db, conceptId, limit).map((h) => toContextLine(h, width))
}
