/**
 * Fields and values in words, for the CLI's TSV columns and the app's lists (the app renders the same parts
 * in its own language). Never used for decisions.
 */
import type { CollocationValue, ExampleValue, FieldChange, FieldValue, TermValue } from '../../shared/team-protocol'
import { parseField } from './fields'

const clip = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** `definition`, `term en "new quality productive forces"`, `example "The …"`, `collocation promote + development`. */
export function describeField(field: string): string {
  const parsed = parseField(field)
  if (!parsed) return field
  switch (parsed.kind) {
    case 'scalar':
      return parsed.name
    case 'deleted':
      return 'deleted'
    case 'term':
      return `term ${parsed.lang} "${parsed.text}"`
    case 'example':
      return `example "${clip(parsed.text)}"`
    case 'collocation':
      return `collocation ${parsed.node} + ${parsed.word}`
  }
}

/** A value in words: a scalar as it is, `(none)` for an absent field. */
export function describeValue(field: string, value: FieldValue | null | undefined): string {
  if (value === null || value === undefined) return '(none)'
  const parsed = parseField(field)
  if (!parsed) return JSON.stringify(value)
  switch (parsed.kind) {
    case 'scalar':
      return value as string
    case 'deleted':
      return value ? 'deleted' : 'not deleted'
    case 'term': {
      const t = value as TermValue
      return [t.status, t.pos, t.usageNote].filter(Boolean).join(', ')
    }
    case 'example': {
      const e = value as ExampleValue
      return [e.zh, [e.title, e.date].filter(Boolean).join(' ')].filter(Boolean).join(' — ') || 'present'
    }
    case 'collocation': {
      const c = value as CollocationValue
      return `freq ${c.freq}, logDice ${c.logDice.toFixed(2)}`
    }
  }
}

/** One line for a whole change: `definition: "…"; + term en "x" (preferred); − example "…"`. */
export function describeChange(fields: FieldChange[]): string {
  return fields
    .map((f) => {
      const parsed = parseField(f.field)
      const name = describeField(f.field)
      if (parsed?.kind === 'scalar') return `${name}: "${clip(f.value as string, 80)}"`
      if (parsed?.kind === 'deleted') return f.value ? 'delete concept' : 'restore concept'
      if (f.value === null) return `− ${name}`
      return `+ ${name} (${describeValue(f.field, f.value)})`
    })
    .join('; ')
}
