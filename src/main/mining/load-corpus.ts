import type { MiningDocument } from '../../core/mining/types'
import type { Lang } from '../../shared/vocabulary'
import type { Db } from '../db/open-database'

/**
 * The live documents of one language (documents.language, detected at import by shared/script.ts: Japanese
 * ones come as 'zh' too, and the Chinese miner skips them) with their segments, as the miner reads them, in
 * id order (the order the stats are merged in). `afterId`: only the documents added since an incremental
 * run's snapshot.
 */
export function loadMiningDocuments(db: Db, afterId = 0, lang: Lang = 'en'): MiningDocument[] {
  const docs = db
    .prepare(`SELECT id, date FROM documents WHERE deleted_at IS NULL AND language = ? AND id > ? ORDER BY id`)
    .all(lang, afterId) as { id: number; date: string | null }[]
  const segments = db.prepare('SELECT id, text FROM segments WHERE document_id = ? ORDER BY ordinal')
  return docs.map((d) => ({ id: d.id, date: d.date, segments: segments.all(d.id) as { id: number; text: string }[] }))
}
