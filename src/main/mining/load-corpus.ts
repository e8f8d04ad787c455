import type { Db } from '../db/open-database'
import type { MiningDocument } from '../../core/mining/types'

/** The live English documents with their segments, as the miner reads them. */
export function loadMiningDocuments(db: Db): MiningDocument[] {
  const docs = db
    .prepare(`SELECT id, date FROM documents WHERE deleted_at IS NULL AND language = 'en' ORDER BY id`)
    .all() as { id: number; date: string | null }[]
  const segments = db.prepare('SELECT id, text FROM segments WHERE document_id = ? ORDER BY ordinal')
  return docs.map((d) => ({ id: d.id, date: d.date, segments: segments.all(d.id) as { id: number; text: string }[] }))
}
