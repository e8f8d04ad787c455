import type { ConceptPage, ConceptQuery, TermStatus } from '../../shared/models'
import type { Db } from '../db/open-database'
import type { ConceptIndex } from './concept-index'

/** The term base list: text search (flexsearch), filters and sort, one page at a time. */
export function searchConcepts(db: Db, index: ConceptIndex, q: ConceptQuery): ConceptPage {
  const where = ['c.deleted_at IS NULL']
  const params: unknown[] = []
  if (q.text && q.text.trim()) {
    where.push('c.id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(index.search(q.text)))
  }
  if (q.status) {
    where.push('EXISTS (SELECT 1 FROM terms s WHERE s.concept_id = c.id AND s.status = ?)')
    params.push(q.status)
  }
  if (q.domain) {
    // A prefix, case-insensitive (SQLite's LIKE folds ASCII case): "Econ" finds economy and Economy/Finance.
    where.push("c.domain LIKE ? ESCAPE '\\'")
    params.push(`${q.domain.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`)
  }
  if (q.missingZh) where.push("NOT EXISTS (SELECT 1 FROM terms z WHERE z.concept_id = c.id AND z.lang LIKE 'zh%')")
  const clause = where.join(' AND ')
  const total = (db.prepare(`SELECT count(*) AS n FROM concepts c WHERE ${clause}`).get(...params) as { n: number }).n
  const order =
    q.sort === 'modified' ? 'c.modified_at DESC' : q.sort === 'created' ? 'c.created_at DESC' : 'c.sort_term'
  const ids = q.withIds
    ? (db
        .prepare(`SELECT c.id FROM concepts c WHERE ${clause} ORDER BY ${order}, c.id`)
        .pluck()
        .all(...params) as number[])
    : undefined
  const rows = db
    .prepare(
      `SELECT c.id, c.domain, c.note, c.modified_at,
         (SELECT json_group_array(json_array(lang, text, status)) FROM
            (SELECT lang, text, status FROM terms t WHERE t.concept_id = c.id ORDER BY t.ordinal, t.id)) AS terms
       FROM concepts c WHERE ${clause} ORDER BY ${order}, c.id LIMIT ? OFFSET ?`
    )
    .all(...params, q.limit ?? 200, q.offset ?? 0) as {
    id: number
    domain: string
    note: string
    modified_at: string
    terms: string
  }[]
  return {
    total,
    ...(ids && { ids }),
    rows: rows.map((r) => {
      const terms = JSON.parse(r.terms) as [string, string, TermStatus][]
      const en = terms.filter((t) => t[0] === 'en' || t[0].startsWith('en-'))
      const zh = terms.filter((t) => t[0].toLowerCase().startsWith('zh'))
      return {
        id: r.id,
        en: en.map((t) => t[1]),
        zh: zh.map((t) => t[1]),
        enStatuses: en.map((t) => t[2]),
        zhStatuses: zh.map((t) => t[2]),
        statuses: terms.map((t) => t[2]),
        domain: r.domain,
        note: r.note,
        modifiedAt: r.modified_at
      }
    })
  }
}
