import type { TFunction } from 'i18next'

import type { HistoryEntry } from '../../../shared/models'

/** What a history entry changed, in the UI language (entries written before labels had keys: as recorded). */
export function historyLabel(entry: Pick<HistoryEntry, 'label' | 'labelText'>, t: TFunction): string {
  const text = entry.labelText
  return text ? t(`history.labels.${text.key}`, { ...text.params, defaultValue: entry.label }) : entry.label
}
