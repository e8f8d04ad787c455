/**
 * TBX-Basic vocabulary shared by the TBX writer and reader: status picklist, part-of-speech picklist,
 * the data categories we re-export as their own elements, and Shuyu's keyed notes.
 *
 * Keyed notes: whatever TBX-Basic has no element for is written as `<note>[key] value</note>`, which
 * every validator accepts and every tool shows, and which the reader turns back into the same field:
 *   [status] forbidden        Shuyu's "forbidden" (TBX only has deprecatedTerm-admn-sts)
 *   [partOfSpeech] phrase     a part of speech outside the TBX picklist (partOfSpeech is then "other")
 *   [date] …, [rendering] …, [lang] …   a usage example's date, Chinese rendering and (when no term of
 *                             its language exists) language, inside its v3 descripGrp (the DCA Schematron
 *                             allows no transacGrp there)
 *   [example-date] …, [example-rendering] …, [example-lang] …   the same for TBX v2, whose descripGrp
 *                             cannot hold notes: they follow the example and belong to the last one
 *   [anyOtherType] …          unknown data categories read from other tools' files (ExchangeConcept.extra)
 */
import type { TermStatus } from './model'

export const STATUS_TO_TBX: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts'
}

/** The values Shuyu itself writes (nearly every status read), looked up before any string work. */
const EXACT_STATUS = new Map<string, TermStatus>([
  ['preferredTerm-admn-sts', 'preferred'],
  ['admittedTerm-admn-sts', 'admitted'],
  ['deprecatedTerm-admn-sts', 'deprecated']
])

/** administrativeStatus / normativeAuthorization / usageStatus values seen in the wild → Shuyu status. */
export function statusFromTbx(value: string): TermStatus | undefined {
  const exact = EXACT_STATUS.get(value)
  if (exact) return exact
  const v = value.trim().toLowerCase()
  if (!v) return undefined
  if (v.startsWith('preferred') || v === 'standardizedterm' || v.startsWith('preferredusage')) return 'preferred'
  if (v.startsWith('admitted') || v === 'permitted') return 'admitted'
  if (v.startsWith('deprecated') || v.startsWith('superseded') || v === 'notrecommended') return 'deprecated'
  if (v.startsWith('forbidden') || v.startsWith('prohibited')) return 'forbidden'
  return undefined
}

export const POS_V3 = new Set(['noun', 'verb', 'adjective', 'adverb', 'other'])
export const POS_V2 = new Set([...POS_V3, 'properNoun'])

/** Data categories valid in TBX-Basic that Shuyu does not model but re-exports as the same elements. */
export const PASSTHROUGH_TERMNOTES = new Set(['termType', 'geographicalUsage', 'grammaticalGender', 'termLocation'])
export const PASSTHROUGH_ADMINS = new Set(['customerSubset', 'projectSubset'])

const KEYED_NOTE = /^\[([A-Za-z_][\w.:@-]{0,80})\] ([\s\S]*)$/

/** Splits `[key] value` notes; undefined for an ordinary note. */
export function parseKeyedNote(text: string): { key: string; value: string } | undefined {
  const m = KEYED_NOTE.exec(text)
  return m ? { key: m[1], value: m[2] } : undefined
}

export function keyedNote(key: string, value: string): string {
  return `[${key}] ${value}`
}
