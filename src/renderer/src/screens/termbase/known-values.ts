import type { TFunction } from 'i18next'

/**
 * Fields the app fills with fixed values (the miner writes source "mined" and part of speech "noun";
 * TBX brings its part-of-speech picklist) but that users may also type freely. A known value shows as
 * its label in the UI language; what the user types is stored as typed, unless it is such a label.
 */
export type ValueLabels = Readonly<Record<string, string>>

/** TBX-Basic's part-of-speech picklist (v2 adds properNoun). */
export function posLabels(t: TFunction): ValueLabels {
  return {
    noun: t('termbase.posValue.noun'),
    verb: t('termbase.posValue.verb'),
    adjective: t('termbase.posValue.adjective'),
    adverb: t('termbase.posValue.adverb'),
    properNoun: t('termbase.posValue.properNoun'),
    other: t('termbase.posValue.other')
  }
}

/** The sources the app itself records. */
export function sourceLabels(t: TFunction): ValueLabels {
  return { mined: t('termbase.sourceValue.mined') }
}

/** What a field shows for a stored value: a known value's label, anything else as it is. */
export function shownValue(stored: string, labels: ValueLabels): string {
  return Object.hasOwn(labels, stored) ? (labels[stored] ?? stored) : stored
}

/** What a field stores for what it shows: a known label maps back to its value, free text stays as typed. */
export function storedValue(shown: string, labels: ValueLabels): string {
  for (const [value, label] of Object.entries(labels)) {
    if (label === shown) return value
  }
  return shown
}
