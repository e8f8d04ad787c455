/** Hit references (row id + offsets) → full KWIC hits, one query per row kind for a whole page. */
import { kwicLine } from '../../core/concordance/kwic'
import type { ConcordanceHit } from '../../core/concordance/types'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/** A hit without its text: segment/unit id, side and offsets (sorted views keep keys aside). */
export interface HitRef {
  unit: boolean
  id: number
  side: 'source' | 'target' | null
  start: number
  end: number
}

interface SegInfo {
  id: number
  text: string
  document_id: number
  ordinal: number
  title: string
  date: string | null
}
interface TuInfo {
  id: number
  source_text: string
  target_text: string
  document_id: number | null
  title: string | null
  date: string | null
}

const SEG_SQL = `SELECT s.id, s.text, s.document_id, s.ordinal, d.title, d.date FROM segments s
  JOIN documents d ON d.id = s.document_id WHERE s.id IN (SELECT value FROM json_each(?))`
const TU_SQL = `SELECT t.id, t.source_text, t.target_text, t.document_id, d.title, d.date
  FROM translation_units t
  LEFT JOIN documents d ON d.id = t.document_id WHERE t.id IN (SELECT value FROM json_each(?))`

export function materialize(db: Db, refs: HitRef[], width: number): ConcordanceHit[] {
  const segIds = [...new Set(refs.filter((r) => !r.unit).map((r) => r.id))]
  const tuIds = [...new Set(refs.filter((r) => r.unit).map((r) => r.id))]
  const segs = new Map<number, SegInfo>()
  const tus = new Map<number, TuInfo>()
  if (segIds.length) {
    for (const r of stmt(db, SEG_SQL).all(JSON.stringify(segIds)) as SegInfo[]) segs.set(r.id, r)
  }
  if (tuIds.length) for (const r of stmt(db, TU_SQL).all(JSON.stringify(tuIds)) as TuInfo[]) tus.set(r.id, r)
  const out: ConcordanceHit[] = []
  for (const ref of refs) {
    if (!ref.unit) {
      const s = segs.get(ref.id)
      if (!s) continue
      out.push({
        kind: 'segment',
        id: s.id,
        documentId: s.document_id,
        documentTitle: s.title,
        date: s.date,
        ordinal: s.ordinal,
        side: null,
        otherText: null,
        text: s.text,
        start: ref.start,
        end: ref.end,
        ...kwicLine(s.text, ref.start, ref.end, width)
      })
    } else {
      const t = tus.get(ref.id)
      if (!t) continue
      const text = ref.side === 'target' ? t.target_text : t.source_text
      out.push({
        kind: 'unit',
        id: t.id,
        documentId: t.document_id,
        documentTitle: t.title,
        date: t.date,
        ordinal: null,
        side: ref.side,
        otherText: ref.side === 'target' ? t.source_text : t.target_text,
        text,
        start: ref.start,
        end: ref.end,
        ...kwicLine(text, ref.start, ref.end, width)
      })
    }
  }
  return out
}
