import type { MiningDocument } from '../../core/mining/types'
import type { Db } from '../db/open-database'

/**
 * The live English documents with their segments, as the miner reads them, in id order (the order the
 * stats are merged in). `afterId`: only the documents added since an incremental run's snapshot.
 */
export function loadMiningDocuments(db: Db, afterId = 0): MiningDocument[] {
  const docs = db
    .prepare(`SELECT id, date FROM documents WHERE deleted_at IS NULL AND language = 'en' AND id > ? ORDER BY id`)
    .all(afterId) as { id: number; date: string | null }[]
  const segments = db.prepare('SELECT id, text FROM segments WHERE document_id = ? ORDER BY ordinal')
  return docs.map((d) => ({ id: d.id, date: d.date, segments: segments.all(d.id) as { id: number; text: string }[] }))
}
