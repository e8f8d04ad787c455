import type { ContextLine } from '../../shared/models'

/** An occurrence inside a segment, with its document, as the queries of the miner and the term base find it. */
export interface SegmentOccurrence {
  documentId: number
  title: string
  date: string | null
  segmentId: number
  text: string
  start: number
  end: number
}

/** A KWIC line: up to `width` characters either side of the occurrence. */
export function toContextLine(o: SegmentOccurrence, width: number): ContextLine {
  return {
    documentId: o.documentId,
    title: o.title,
    date: o.date,
    segmentId: o.segmentId,
    left: o.text.slice(Math.max(0, o.start - width), o.start),
    match: o.text.slice(o.start, o.end),
    right: o.text.slice(o.end, o.end + width)
  }
}
