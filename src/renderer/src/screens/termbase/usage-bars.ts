import type { TFunction } from 'i18next'

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

/** A bar's tooltip: its one document and count, or the date's total and each document's count. */
export function barTooltip(t: TFunction, entry: UsageBar, date: string, n: (count: number) => string): string {
  const [only] = entry.documents
  if (entry.documents.length === 1 && only) {
    return t('termbase.usage.tooltip', { title: only.title, date, count: only.count, n: n(only.count) })
  }
  const head = t('termbase.usage.dateTotal', {
    date,
    count: entry.count,
    n: n(entry.count),
    docs: n(entry.documents.length)
  })
  const lines = entry.documents.map((doc) =>
    t('termbase.usage.document', { title: doc.title, count: doc.count, n: n(doc.count) })
  )
  return [head, ...lines].join('\n')
}
