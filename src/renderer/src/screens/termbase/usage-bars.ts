import type { UsagePoint } from '../../../../shared/models'

/** One bar of the usage chart: every document of one date, so no two bars carry the same label. */
export interface UsageBar {
  date: string | null
  count: number
  documents: { documentId: number; title: string; count: number }[]
}

/**
 * Merges the points (one per document, oldest first) into one bar per date, in the same order; the
 * documents without a date share one bar too. The tooltip lists each document of a bar.
 */
export function usageBars(points: readonly UsagePoint[]): UsageBar[] {
  const bars = new Map<string | null, UsageBar>()
  for (const point of points) {
    const bar = bars.get(point.date) ?? { date: point.date, count: 0, documents: [] }
    bar.count += point.count
    bar.documents.push({ documentId: point.documentId, title: point.title, count: point.count })
    bars.set(point.date, bar)
  }
  return [...bars.values()]
}
