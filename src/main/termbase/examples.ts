import type { ExampleRecord } from '../../shared/models'
import { ApiError } from '../api-error'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { getConcept } from './concepts-repo'
import { editWithHistory } from './snapshots'

export interface NewExample {
  conceptId: number
  segmentId?: number
  text?: string
  start?: number
  end?: number
  zh?: string
}

/**
 * Adds a usage example: a corpus sentence (linked to its segment and document, so it opens in
 * context) or free text. A Chinese rendering also becomes an English–Chinese translation unit.
 */
export function addExample(db: Db, input: NewExample): ExampleRecord {
  const concept = getConcept(db, input.conceptId)
  if (!concept)
    throw new ApiError('not-found', `No concept ${input.conceptId}`, {
      key: 'termbase.noConcept',
      params: { id: input.conceptId }
    })
  let text = input.text?.trim() ?? ''
  let documentId: number | null = null
  let source = ''
  if (input.segmentId !== undefined) {
    const seg = stmt(
      db,
      'SELECT s.text, s.document_id, d.title, d.date FROM segments s JOIN documents d ON d.id = s.document_id WHERE s.id = ?'
    ).get(input.segmentId) as { text: string; document_id: number; title: string; date: string | null } | undefined
    if (!seg) throw new ApiError('not-found', `No segment ${input.segmentId}`)
    text = seg.text
    documentId = seg.document_id
    source = [seg.title, seg.date].filter(Boolean).join(', ')
  }
  if (!text) throw new ApiError('invalid-argument', 'An example needs a sentence')
  if (text.length > 20_000) throw new ApiError('invalid-argument', 'An example is at most 20,000 characters')
  // Where the term stands in the sentence, for highlighting.
  let start = input.start ?? null
  let end = input.end ?? null
  let termId: number | null = null
  if (start === null) {
    const lower = text.toLowerCase()
    for (const t of concept.terms) {
      const at = lower.indexOf(t.text.toLowerCase())
      if (at >= 0) {
        start = at
        end = at + t.text.length
        termId = t.id ?? null
        break
      }
    }
  }
  const zh = input.zh?.trim() ?? ''
  const id = editWithHistory(
    db,
    {
      label: `Add example to “${concept.terms[0]?.text}”`,
      labelText: { key: 'exampleAdd', params: { term: concept.terms[0]?.text ?? '' } },
      conceptIds: [concept.id]
    },
    () => {
      const stamp = new Date().toISOString()
      let tuId: number | null = null
      if (zh) {
        tuId = Number(
          stmt(
            db,
            `INSERT INTO translation_units (source_lang, target_lang, source_text, target_text, origin, origin_detail,
             document_id, created_at, changed_at) VALUES ('en', 'zh-CN', ?, ?, 'example', ?, ?, ?, ?)`
          ).run(text, zh, `concept ${concept.id}`, documentId, stamp, stamp).lastInsertRowid
        )
      }
      const exampleId = Number(
        stmt(
          db,
          `INSERT INTO examples (concept_id, term_id, segment_id, document_id, start, end, text, zh_text, tu_id, source,
           created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        ).run(concept.id, termId, input.segmentId ?? null, documentId, start, end, text, zh, tuId, source, stamp)
          .lastInsertRowid
      )
      stmt(db, 'UPDATE concepts SET modified_at = ? WHERE id = ?').run(stamp, concept.id)
      return { result: exampleId }
    }
  )
  const example = getConcept(db, concept.id)?.examples.find((e) => e.id === id)
  if (!example) throw new ApiError('internal', 'Example vanished after saving')
  return example
}

export function removeExample(db: Db, id: number): void {
  const row = stmt(db, 'SELECT concept_id FROM examples WHERE id = ?').get(id) as { concept_id: number } | undefined
  if (!row) throw new ApiError('not-found', `No example ${id}`)
  editWithHistory(
    db,
    { label: 'Remove example', labelText: { key: 'exampleRemove', params: {} }, conceptIds: [row.concept_id] },
    () => {
      stmt(db, 'DELETE FROM examples WHERE id = ?').run(id)
      stmt(db, 'UPDATE concepts SET modified_at = ? WHERE id = ?').run(new Date().toISOString(), row.concept_id)
      return { result: undefined }
    }
  )
}
