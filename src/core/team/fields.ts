/**
 * A concept on the wire is a flat map of fields, so that two people editing different parts of one concept
 * never collide: a field is the unit of a conflict. The keys:
 *   definition, domain, note, source   strings
 *   deleted                            boolean
 *   term:<lang>:<text>                 TermValue: a term is known by its language and text, so two people adding
 *                                      the same term add one; renaming is removing one term and adding another
 *   example:<sentence>                 ExampleValue: an example is known by its sentence
 *   collocation:["<node>","<word>"]    CollocationValue
 * An absent key is an absent field (a removed term); in a change, null means "remove".
 */
import type { CollocationValue, ExampleValue, FieldMap, FieldValue, TermValue } from '../../shared/team-protocol'

export const SCALAR_FIELDS = ['definition', 'domain', 'note', 'source'] as const
export type ScalarField = (typeof SCALAR_FIELDS)[number]

export type FieldKind = 'scalar' | 'deleted' | 'term' | 'example' | 'collocation'

export type ParsedField =
  | { kind: 'scalar'; name: ScalarField }
  | { kind: 'deleted' }
  | { kind: 'term'; lang: string; text: string }
  | { kind: 'example'; text: string }
  | { kind: 'collocation'; node: string; word: string }

export const termField = (lang: string, text: string): string => `term:${lang}:${text}`
export const exampleField = (text: string): string => `example:${text}`
export const collocationField = (node: string, word: string): string => `collocation:${JSON.stringify([node, word])}`

/** The parts of a field key; null when it is not one (the server refuses such changes). */
export function parseField(field: string): ParsedField | null {
  if ((SCALAR_FIELDS as readonly string[]).includes(field)) return { kind: 'scalar', name: field as ScalarField }
  if (field === 'deleted') return { kind: 'deleted' }
  if (field.startsWith('term:')) {
    const rest = field.slice(5)
    const colon = rest.indexOf(':')
    // A BCP 47 tag has no colon, so the first one ends the language.
    if (colon < 2) return null
    const lang = rest.slice(0, colon)
    const text = rest.slice(colon + 1)
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) || text === '') return null
    return { kind: 'term', lang, text }
  }
  if (field.startsWith('example:')) {
    const text = field.slice(8)
    return text === '' ? null : { kind: 'example', text }
  }
  if (field.startsWith('collocation:')) {
    try {
      const pair: unknown = JSON.parse(field.slice(12))
      if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((p) => typeof p === 'string' && p !== ''))
        return null
      // Only the canonical spelling, so one collocation has one key.
      if (collocationField(pair[0], pair[1]) !== field) return null
      return { kind: 'collocation', node: pair[0], word: pair[1] }
    } catch {
      return null
    }
  }
  return null
}

/**
 * Deep equality of two JSON values, independent of key order: whether a field changed. Absent (undefined)
 * equals null, as a change writes null for "absent".
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || a === null) return b === undefined || b === null
  if (b === undefined || b === null) return false
  if (typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]))
  }
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  const keys = Object.keys(ao).filter((k) => ao[k] !== undefined)
  if (keys.length !== Object.keys(bo).filter((k) => bo[k] !== undefined).length) return false
  return keys.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameValue(ao[k], bo[k]))
}

/**
 * Whether two values of a field say the same thing, apart from where a term stands among its concept's terms.
 * Saving a concept renumbers its terms, so two people adding a term each both move the others: such order-only
 * differences are settled without a conflict (the server's order stands), or every concurrent addition would
 * bring a conflict on every term of the concept.
 */
export function sameContent(field: string, a: unknown, b: unknown): boolean {
  if (sameValue(a, b)) return true
  if (!field.startsWith('term:') || !a || !b || typeof a !== 'object' || typeof b !== 'object') return false
  return sameValue({ ...(a as TermValue), ordinal: 0 }, { ...(b as TermValue), ordinal: 0 })
}

/** Every field whose value differs between two maps (either side may lack it). */
export function changedFields(a: FieldMap, b: FieldMap): string[] {
  const out: string[] = []
  for (const key of Object.keys(a)) if (!sameValue(a[key], b[key])) out.push(key)
  for (const key of Object.keys(b)) if (!(key in a) && !sameValue(undefined, b[key])) out.push(key)
  return out
}

/** A copy of `fields` with `field` set to `value`, or removed for null. */
export function withField(fields: FieldMap, field: string, value: FieldValue | null | undefined): FieldMap {
  const out = { ...fields }
  if (value === null || value === undefined) delete out[field]
  else out[field] = value
  return out
}

/** The name people know a concept by: its first English term by ordinal, else its first term, else `fallback`. */
export function conceptLabel(fields: FieldMap, fallback = ''): string {
  let best: { en: boolean; ordinal: number; text: string } | null = null
  for (const [key, value] of Object.entries(fields)) {
    const parsed = parseField(key)
    if (parsed?.kind !== 'term') continue
    const en = parsed.lang === 'en' || parsed.lang.startsWith('en-')
    const ordinal = (value as TermValue).ordinal
    if (!best || (en && !best.en) || (en === best.en && ordinal < best.ordinal))
      best = { en, ordinal, text: parsed.text }
  }
  return best?.text ?? fallback
}

export type { CollocationValue, ExampleValue, FieldMap, FieldValue, TermValue }
