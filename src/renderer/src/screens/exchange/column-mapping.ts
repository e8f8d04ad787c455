import type { ColumnMapping } from '../../../../shared/models'

/**
 * A CSV/XLSX column role as one string, so it fits a <select>: `concept:domain`,
 * `language:term:en`, `extra:Comment`. Round-trips every ColumnMapping.
 */
export function encodeMapping(mapping: ColumnMapping): string {
  switch (mapping.kind) {
    case 'concept':
      return `concept:${mapping.field}`
    case 'language':
      return `language:${mapping.field}:${mapping.lang ?? ''}`
    case 'extra':
      return `extra:${mapping.name}`
  }
}

const conceptFields = ['id', 'domain', 'definition', 'note', 'source', 'createdAt', 'modifiedAt', 'extras'] as const
const languageFields = [
  'term',
  'status',
  'pos',
  'usageNote',
  'examples',
  'exampleTerms',
  'exampleSources',
  'exampleDates',
  'exampleRenderings',
  'termExtras'
] as const

type ConceptField = (typeof conceptFields)[number]
type LanguageField = (typeof languageFields)[number]

export function decodeMapping(value: string): ColumnMapping | null {
  const [kind, ...rest] = value.split(':')
  if (kind === 'concept' && (conceptFields as readonly string[]).includes(rest[0])) {
    return { kind: 'concept', field: rest[0] as ConceptField }
  }
  if (kind === 'language' && (languageFields as readonly string[]).includes(rest[0])) {
    const lang = rest.slice(1).join(':')
    return lang
      ? { kind: 'language', field: rest[0] as LanguageField, lang }
      : { kind: 'language', field: rest[0] as LanguageField }
  }
  if (kind === 'extra') return { kind: 'extra', name: rest.join(':') }
  return null
}

/** Languages a mapping may assign: those the file already uses, then English and Chinese. */
export function mappingLanguages(mapping: readonly ColumnMapping[]): string[] {
  const langs = new Set<string>()
  for (const m of mapping) if (m.kind === 'language' && m.lang) langs.add(m.lang)
  langs.add('en')
  langs.add('zh-CN')
  return [...langs]
}

export interface MappingOption {
  value: string
  mapping: ColumnMapping
}

/**
 * Every role a column may take: concept fields, each language field per language, and "keep as
 * extra" under the column's own header (so nothing in the file is silently dropped).
 */
export function mappingOptions(mapping: readonly ColumnMapping[], header: string): MappingOption[] {
  const options: ColumnMapping[] = [
    ...conceptFields.map((field): ColumnMapping => ({ kind: 'concept', field })),
    ...mappingLanguages(mapping).flatMap((lang) =>
      languageFields.map((field): ColumnMapping => ({ kind: 'language', field, lang }))
    ),
    { kind: 'extra', name: header }
  ]
  return options.map((m) => ({ value: encodeMapping(m), mapping: m }))
}

/** Replaces the role of one column, leaving the others as they are. */
export function withColumn(mapping: readonly ColumnMapping[], index: number, value: string): ColumnMapping[] {
  const decoded = decodeMapping(value)
  if (!decoded) return [...mapping]
  return mapping.map((m, i) => (i === index ? decoded : m))
}
