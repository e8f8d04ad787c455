import type { ApiArg } from '../../shared/api'
import type { CollocationRecord } from '../../shared/models'
import { ApiError } from '../api-error'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import { getConcept } from './concepts-repo'
import { editWithHistory } from './snapshots'

export type NewCollocation = ApiArg<'termbase/addCollocation'>

interface CollocationRowDb {
  id: number
  concept_id: number
  node: string
  word: string
  freq: number
  log_dice: number
  mi: number
  window: number
  created_at: string
}

function toRecord(r: CollocationRowDb): CollocationRecord {
  return {
    id: r.id,
    conceptId: r.concept_id,
    node: r.node,
    word: r.word,
    freq: r.freq,
    logDice: r.log_dice,
    mi: r.mi,
    window: r.window,
    createdAt: r.created_at
  }
}

export function listCollocations(db: Db, conceptId: number): CollocationRecord[] {
  return (
    stmt(db, 'SELECT * FROM collocations WHERE concept_id = ? ORDER BY log_dice DESC, id').all(
      conceptId
    ) as CollocationRowDb[]
  ).map(toRecord)
}

/**
 * Stores a collocate chosen in the concordance with a concept (undoable). Choosing the same one again
 * refreshes its figures rather than adding a second row.
 */
export function addCollocation(db: Db, input: NewCollocation): CollocationRecord {
  const concept = getConcept(db, input.conceptId)
  if (!concept)
    throw new ApiError('not-found', `No concept ${input.conceptId}`, {
      key: 'termbase.noConcept',
      params: { id: input.conceptId }
    })
  const node = input.node.trim().replace(/\s+/g, ' ')
  const word = input.word.trim()
  if (!node || !word) throw new ApiError('invalid-argument', 'A collocation needs the searched term and a collocate')
  const label = `Add collocation “${word}” to “${concept.terms[0]?.text ?? concept.id}”`
  const labelText = { key: 'collocationAdd', params: { word, term: concept.terms[0]?.text ?? `#${concept.id}` } }
  const id = editWithHistory(db, { label, labelText, conceptIds: [concept.id] }, () => {
    stmt(
      db,
      `INSERT INTO collocations (concept_id, node, word, freq, log_dice, mi, window, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (concept_id, node, word) DO UPDATE SET
        freq = excluded.freq, log_dice = excluded.log_dice, mi = excluded.mi, window = excluded.window`
    ).run(
      concept.id,
      node,
      word,
      input.freq ?? 0,
      input.logDice ?? 0,
      input.mi ?? 0,
      input.window ?? 5,
      new Date().toISOString()
    )
    const row = stmt(db, 'SELECT id FROM collocations WHERE concept_id = ? AND node = ? AND word = ?').get(
      concept.id,
      node,
      word
    ) as { id: number }
    return { result: row.id }
  })
  return toRecord(stmt(db, 'SELECT * FROM collocations WHERE id = ?').get(id) as CollocationRowDb)
}

export function removeCollocation(db: Db, id: number): void {
  const row = stmt(db, 'SELECT concept_id, word FROM collocations WHERE id = ?').get(id) as
    { concept_id: number; word: string } | undefined
  if (!row) throw new ApiError('not-found', `No collocation ${id}`)
  editWithHistory(
    db,
    {
      label: `Remove collocation “${row.word}”`,
      labelText: { key: 'collocationRemove', params: { word: row.word } },
      conceptIds: [row.concept_id]
    },
    () => {
      stmt(db, 'DELETE FROM collocations WHERE id = ?').run(id)
      return { result: undefined }
    }
  )
}
