import { toContextLine } from '../../core/concordance/context-line'
import { MAX_SEGMENT_CHARS } from '../../core/text/sentence-split'
import type { CandidatePage, CandidateQuery, CandidateRow, ContextLine } from '../../shared/models'
import type { Db } from '../db/open-database'
import { membersCte } from './candidate-groups'

const SORT_COLUMNS = { score: 'score', freq: 'freq', docs: 'docs', term: 'term COLLATE NOCASE' } as const

interface Row {
  id: number
  term: string
  score: number
  freq: number
  docs: number
  variants: string
  kind: CandidateRow['kind']
  lang: CandidateRow['lang']
  status: CandidateRow['status']
  concept_id: number | null
}

export function listCandidates(db: Db, q: CandidateQuery): CandidatePage {
  const where: string[] = []
  const params: (string | number)[] = []
  where.push('lang = ?')
  params.push(q.lang ?? 'en')
  const status = q.status ?? 'new'
  if (status !== 'all') {
    where.push('status = ?')
    params.push(status)
  }
  if (q.kind) {
    where.push('kind = ?')
    params.push(q.kind)
  }
  if (q.text) {
    where.push("(term LIKE ? ESCAPE '\\' OR variants LIKE ? ESCAPE '\\')")
    const like = `%${q.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    params.push(like, like)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const column = SORT_COLUMNS[q.sort ?? 'score']
  const direction = (q.descending ?? q.sort !== 'term') ? 'DESC' : 'ASC'
  const total = (db.prepare(`SELECT count(*) AS n FROM candidates ${clause}`).get(...params) as { n: number }).n
  const limit = q.limit === 0 ? -1 : (q.limit ?? 100)
  const rows = db
    .prepare(
      `SELECT id, term, score, freq, docs, variants, kind, lang, status, concept_id FROM candidates ${clause}
       ORDER BY ${column} ${direction}, id LIMIT ? OFFSET ?`
    )
    .all(...params, limit, q.offset ?? 0) as Row[]
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      term: r.term,
      score: r.score,
      freq: r.freq,
      docs: r.docs,
      variants: JSON.parse(r.variants) as string[],
      kind: r.kind,
      lang: r.lang,
      status: r.status,
      conceptId: r.concept_id
    }))
  }
}

/**
 * Context lines for a candidate's stored occurrences and those of the candidates merged into it (one line
 * per place), newest documents first. A segment is one sentence (core/text/sentence-split.ts), so the
 * default width, the longest segment, gives the whole sentence around each occurrence: a reviewer judges a
 * term from its sentence, not from a few words either side.
 */
export function candidateContexts(db: Db, id: number, limit = 50, width = MAX_SEGMENT_CHARS): ContextLine[] {
  const rows = db
    .prepare(
      `${membersCte()}
       SELECT o.start, max(o.end) AS end, s.id AS segment_id, s.text, d.id AS document_id, d.title, d.date
       FROM candidate_occurrences o
       JOIN segments s ON s.id = o.segment_id
       JOIN documents d ON d.id = s.document_id AND d.deleted_at IS NULL
       WHERE o.candidate_id IN (SELECT id FROM members UNION SELECT ?)
       GROUP BY o.segment_id, o.start
       ORDER BY d.date DESC, d.id, s.ordinal, o.start
       LIMIT ?`
    )
    .all(id, id, limit) as {
    start: number
    end: number
    segment_id: number
    text: string
    document_id: number
    title: string
    date: string | null
  }[]
  return rows.map((r) => toContextLine({ ...r, documentId: r.document_id, segmentId: r.segment_id }, width))
}
