/**
 * Checks a change as the server receives it (the network is untrusted): the shape, every field key, and the
 * value each kind of field takes. Returns the reason it is refused, or null.
 */
import type { ChangeRecord } from '../../shared/team-protocol'
import { isTermStatus } from '../../shared/vocabulary'
import { parseField } from './fields'

export const LIMITS = {
  id: 100,
  fieldsPerChange: 10_000,
  fieldKey: 25_000,
  text: 100_000,
  short: 10_000
}

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0
const isFigure = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isOffset = (v: unknown): boolean => v === null || isCount(v)
const ID = /^[A-Za-z0-9_-]{1,100}$/

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function hasOnly(v: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(v).every((k) => keys.includes(k))
}

/** Why a field's value is unacceptable, or null. */
export function valueProblem(field: string, value: unknown): string | null {
  const parsed = parseField(field)
  if (!parsed) return `"${field.slice(0, 80)}" is not a concept field`
  if (field.length > LIMITS.fieldKey) return `field key longer than ${LIMITS.fieldKey} characters`
  if (value === null) return parsed.kind === 'deleted' || parsed.kind === 'scalar' ? `${field} cannot be removed` : null
  switch (parsed.kind) {
    case 'scalar':
      return isString(value, LIMITS.text) ? null : `${field} must be a string of at most ${LIMITS.text} characters`
    case 'deleted':
      return typeof value === 'boolean' ? null : 'deleted must be true or false'
    case 'term':
      return isRecord(value) &&
        hasOnly(value, ['status', 'pos', 'usageNote', 'ordinal']) &&
        isTermStatus(value.status) &&
        isString(value.pos, 100) &&
        isString(value.usageNote, LIMITS.text) &&
        isCount(value.ordinal)
        ? null
        : `${field.slice(0, 80)}: a term needs status, pos, usageNote and ordinal`
    case 'example':
      return isRecord(value) &&
        hasOnly(value, ['zh', 'title', 'date', 'source', 'start', 'end']) &&
        isString(value.zh, LIMITS.text) &&
        isString(value.title, LIMITS.short) &&
        isString(value.date, 100) &&
        isString(value.source, LIMITS.short) &&
        isOffset(value.start) &&
        isOffset(value.end)
        ? null
        : `${field.slice(0, 80)}: an example needs zh, title, date, source, start and end`
    case 'collocation':
      return isRecord(value) &&
        hasOnly(value, ['freq', 'logDice', 'mi', 'window']) &&
        isFigure(value.freq) &&
        isFigure(value.logDice) &&
        isFigure(value.mi) &&
        isCount(value.window)
        ? null
        : `${field.slice(0, 80)}: a collocation needs freq, logDice, mi and window`
  }
}

/** Why a change is unacceptable as a whole, or null (then every field is valid too). */
export function changeProblem(change: unknown): string | null {
  if (!isRecord(change)) return 'a change must be an object'
  if (!isString(change.id, LIMITS.id) || !ID.test(change.id)) return 'a change needs an id (letters, digits, - and _)'
  if (!isString(change.concept, LIMITS.id) || !ID.test(change.concept)) return 'a change needs a concept id'
  if (!isCount(change.baseRev)) return 'baseRev must be a revision number'
  if (!isString(change.madeAt, 100)) return 'madeAt must be a time'
  if (!Array.isArray(change.fields) || change.fields.length === 0) return 'a change needs fields'
  if (change.fields.length > LIMITS.fieldsPerChange) return `a change has at most ${LIMITS.fieldsPerChange} fields`
  const seen = new Set<string>()
  for (const f of change.fields as unknown[]) {
    if (!isRecord(f) || typeof f.field !== 'string' || !isCount(f.baseRev) || !('value' in f)) {
      return 'each field change needs field, baseRev and value'
    }
    if (seen.has(f.field)) return `field ${f.field.slice(0, 80)} appears twice`
    seen.add(f.field)
    const problem = valueProblem(f.field, f.value)
    if (problem) return problem
  }
  return null
}

export type ValidChange = ChangeRecord
