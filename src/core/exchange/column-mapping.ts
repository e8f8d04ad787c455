/**
 * Guessing what each column of a CSV/XLSX glossary holds from its header, and turning rows into
 * concepts. Understands Shuyu's own layout (table-layout.ts) and common hand-made headers:
 * `English`, `en`, `en-US`, `Chinese`, `zh-CN`, `中文`, `英文`, `Status`, `Definition`, `Note`, `Domain`,
 * `Source`/`Target`, `Term`/`Translation`, `原文`/`译文` (read as en/zh-CN unless the cells say otherwise),
 * `en Status`, `Status (zh-CN)`…
 *
 * Documented choices:
 * - a term-level column without a language (`Status`, `POS`) applies to the terms of every language;
 * - unrecognised headers are kept: their cells go to `extra[header]`;
 * - a header row that names no language is taken as data: column 1 = en, 2 = zh-CN, 3 = note (OmegaT's
 *   glossary convention);
 * - languages known only by position (Source/Target, Term/Translation, a headerless file) are swapped
 *   when the sample rows show the "English" column holding Chinese and the "Chinese" one not;
 * - ragged rows: missing cells are empty; cells beyond the header go to `extra["column N"]`;
 * - rows without any term are skipped and reported as warnings.
 */
import { joinCellList, splitCellList } from './cell-lists'
import { addExtra, resolveStatuses } from './default-status'
import { canonicalLang } from './lang-tags'
import type { ExchangeConcept, ExchangeExample, TermStatus, WarningSink } from './model'
import { statusFromTbx } from './tbx-vocabulary'

export type ConceptField = 'id' | 'domain' | 'definition' | 'note' | 'source' | 'createdAt' | 'modifiedAt' | 'extras'
export type LanguageField =
  | 'term'
  | 'status'
  | 'pos'
  | 'usageNote'
  | 'examples'
  | 'exampleTerms'
  | 'exampleSources'
  | 'exampleDates'
  | 'exampleRenderings'
  | 'termExtras'

export type ColumnRole =
  | { kind: 'concept'; field: ConceptField }
  | { kind: 'language'; field: LanguageField; lang?: string }
  | { kind: 'extra'; name: string }

const CONCEPT_WORDS: Record<string, ConceptField> = {
  id: 'id',
  'concept id': 'id',
  'entry id': 'id',
  编号: 'id',
  序号: 'id',
  domain: 'domain',
  subject: 'domain',
  'subject field': 'domain',
  subjectfield: 'domain',
  领域: 'domain',
  主题: 'domain',
  definition: 'definition',
  定义: 'definition',
  释义: 'definition',
  note: 'note',
  notes: 'note',
  comment: 'note',
  comments: 'note',
  remark: 'note',
  remarks: 'note',
  备注: 'note',
  注释: 'note',
  说明: 'note',
  'concept source': 'source',
  reference: 'source',
  citation: 'source',
  出处: 'source',
  来源: 'source',
  created: 'createdAt',
  'creation date': 'createdAt',
  创建日期: 'createdAt',
  创建时间: 'createdAt',
  modified: 'modifiedAt',
  changed: 'modifiedAt',
  'modification date': 'modifiedAt',
  修改日期: 'modifiedAt',
  extras: 'extras',
  extra: 'extras'
}

const LANGUAGE_WORDS: Record<string, LanguageField> = {
  term: 'term',
  terms: 'term',
  术语: 'term',
  status: 'status',
  'term status': 'status',
  'administrative status': 'status',
  状态: 'status',
  pos: 'pos',
  'part of speech': 'pos',
  词性: 'pos',
  'usage note': 'usageNote',
  usage: 'usageNote',
  用法: 'usageNote',
  用法说明: 'usageNote',
  examples: 'examples',
  example: 'examples',
  context: 'examples',
  contexts: 'examples',
  例句: 'examples',
  语境: 'examples',
  'example terms': 'exampleTerms',
  'example sources': 'exampleSources',
  'example source': 'exampleSources',
  'example dates': 'exampleDates',
  'example date': 'exampleDates',
  'example translations': 'exampleRenderings',
  'example translation': 'exampleRenderings',
  extras: 'termExtras'
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  英文: 'en',
  英语: 'en',
  source: 'en',
  'source term': 'en',
  原文: 'en',
  chinese: 'zh-CN',
  中文: 'zh-CN',
  汉语: 'zh-CN',
  简体中文: 'zh-CN',
  'simplified chinese': 'zh-CN',
  target: 'zh-CN',
  'target term': 'zh-CN',
  'traditional chinese': 'zh-TW',
  繁体中文: 'zh-TW',
  繁體中文: 'zh-TW',
  translation: 'zh-CN',
  translations: 'zh-CN',
  equivalent: 'zh-CN',
  译文: 'zh-CN',
  译名: 'zh-CN',
  中文术语: 'zh-CN',
  中文名称: 'zh-CN',
  英文术语: 'en',
  英文名称: 'en',
  french: 'fr',
  german: 'de',
  spanish: 'es',
  russian: 'ru',
  japanese: 'ja',
  korean: 'ko',
  arabic: 'ar'
}

/** Headers that say "the source side" or "the target side", not which language: en/zh-CN is a guess. */
const POSITIONAL = new Set([
  'source',
  'source term',
  '原文',
  'target',
  'target term',
  'translation',
  'translations',
  'equivalent',
  '译文',
  '译名',
  'term',
  'terms',
  '术语'
])

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' })

/** A language named by a header fragment, or undefined. */
export function headerLanguage(text: string): string | undefined {
  const s = text.trim().toLowerCase()
  if (LANGUAGE_NAMES[s]) return LANGUAGE_NAMES[s]
  if (!/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(s)) return undefined
  const tag = canonicalLang(s)
  try {
    // Intl knows the registered languages; for an unknown code it echoes the code back.
    const name = displayNames.of(tag.split('-')[0])
    return name && name.toLowerCase() !== tag.split('-')[0] ? tag : undefined
  } catch {
    return undefined
  }
}

function normalise(h: string): string {
  return h.trim().toLowerCase().replace(/\s+/g, ' ')
}

// Header analysis is cheap per file but not per row; memoised since headers repeat across files.
const guessCache = new Map<string, ColumnRole>()

/** The role of one header cell. */
export function guessColumn(header: string): ColumnRole {
  const cached = guessCache.get(header)
  if (cached) return { ...cached }
  const role = guessUncached(header)
  if (guessCache.size > 2000) guessCache.clear()
  guessCache.set(header, role)
  return { ...role }
}

function guessUncached(header: string): ColumnRole {
  const h = normalise(header)
  if (CONCEPT_WORDS[h]) return { kind: 'concept', field: CONCEPT_WORDS[h] }
  if (LANGUAGE_WORDS[h] && h !== 'extras') return { kind: 'language', field: LANGUAGE_WORDS[h] }
  const lang = headerLanguage(h)
  if (lang) return { kind: 'language', field: 'term', lang }
  // "<lang> <field>", "<field> (<lang>)", "<field> <lang>", "<lang>_<field>", "中文定义"…
  const parts = /^(.+?)\s*\((.+)\)$/.exec(h) ?? /^(\S+?)[\s_:]+(.+)$/.exec(h) ?? /^(.+)[\s_:]+(\S+)$/.exec(h)
  if (parts) {
    for (const [a, b] of [
      [parts[1], parts[2]],
      [parts[2], parts[1]]
    ]) {
      const l = headerLanguage(a)
      if (l && LANGUAGE_WORDS[b]) return { kind: 'language', field: LANGUAGE_WORDS[b], lang: l }
      if (l && (b === 'term' || b === 'terms')) return { kind: 'language', field: 'term', lang: l }
    }
  }
  return { kind: 'extra', name: header.trim() }
}

export interface MappingGuess {
  hasHeader: boolean
  mapping: ColumnRole[]
}

/**
 * Guesses the mapping from the first row; falls back to the headerless OmegaT layout. `sample` (the
 * rows that follow) lets a guessed en/zh-CN pair be swapped when its cells are the other way round.
 */
export function guessMapping(firstRow: readonly string[], sample: readonly string[][] = []): MappingGuess {
  const named = firstRow.map(guessColumn)
  if (named.some((m) => m.kind === 'language' && m.field === 'term')) {
    const mapping = withSideLanguages(firstRow, named)
    const positional = mapping.flatMap((m, i) => (isTerm(m) && POSITIONAL.has(normalise(firstRow[i])) ? [i] : []))
    return { hasHeader: true, mapping: orientByContent(mapping, positional, sample) }
  }
  const fallback: ColumnRole[] = firstRow.map((_, i) =>
    i === 0
      ? { kind: 'language', field: 'term', lang: 'en' }
      : i === 1
        ? { kind: 'language', field: 'term', lang: 'zh-CN' }
        : i === 2
          ? { kind: 'concept', field: 'note' }
          : { kind: 'extra', name: `column ${i + 1}` }
  )
  return { hasHeader: false, mapping: orientByContent(fallback, [0, 1], [firstRow, ...sample]) }
}

function isTerm(m: ColumnRole | undefined): m is { kind: 'language'; field: 'term'; lang?: string } {
  return m?.kind === 'language' && m.field === 'term'
}

/**
 * A `Term` column names no language: it is the source side, en, unless another column already is
 * (`术语, 英文`), then zh-CN. Without this its cells had no language and every row was skipped.
 */
function withSideLanguages(header: readonly string[], mapping: ColumnRole[]): ColumnRole[] {
  const used = new Set(mapping.flatMap((m) => (isTerm(m) && m.lang ? [m.lang] : [])))
  return mapping.map((m) => {
    if (!isTerm(m) || m.lang) return m
    const lang = ['en', 'zh-CN'].find((l) => !used.has(l))
    if (!lang) return m
    used.add(lang)
    return { ...m, lang }
  })
}

/** Swaps en and zh-CN of the positional term columns when their cells show the opposite scripts. */
function orientByContent(
  mapping: ColumnRole[],
  positional: number[],
  sample: readonly (readonly string[])[]
): ColumnRole[] {
  const langOf = (i: number): string | undefined => {
    const m = mapping[i]
    return isTerm(m) ? m.lang : undefined
  }
  const en = positional.find((i) => langOf(i) === 'en')
  const zh = positional.find((i) => langOf(i) === 'zh-CN')
  if (en === undefined || zh === undefined || sample.length === 0) return mapping
  if (hanShare(sample, en) > 0.5 && hanShare(sample, zh) < 0.5) {
    return mapping.map((m, i) => (i === en ? { ...m, lang: 'zh-CN' } : i === zh ? { ...m, lang: 'en' } : m))
  }
  return mapping
}

const HAN = /\p{Script=Han}/u

/** Share of the non-empty cells of column `col` (first 50 sample rows) that contain a Chinese character. */
function hanShare(sample: readonly (readonly string[])[], col: number): number {
  let filled = 0
  let han = 0
  for (const row of sample.slice(0, 50)) {
    const cell = row[col]?.trim()
    if (!cell) continue
    filled++
    if (HAN.test(cell)) han++
  }
  return filled === 0 ? 0 : han / filled
}

const STATUS_WORDS: Record<string, TermStatus> = {
  首选: 'preferred',
  推荐: 'preferred',
  标准: 'preferred',
  许可: 'admitted',
  允许: 'admitted',
  可用: 'admitted',
  不推荐: 'deprecated',
  弃用: 'deprecated',
  避免: 'deprecated',
  禁用: 'forbidden',
  禁止: 'forbidden'
}

export function statusFromText(s: string): TermStatus | undefined {
  const t = s.trim()
  return STATUS_WORDS[t] ?? statusFromTbx(t)
}

export interface RowsToConceptsOptions {
  fileName?: string
  /** 1-based line (or row) number of rows[0], for warnings. Default 2 (after a header). */
  firstLine?: number
  /** The line of each row, when rows do not follow one another line by line (quoted line breaks, gaps). */
  lines?: readonly number[]
  onWarning?: WarningSink
  /**
   * Whether a cell holds a `|`-separated list (Shuyu's layout, default). A table without a header is
   * OmegaT's layout, one term per cell: pass false, and a `|` inside a term stays part of it.
   */
  cellLists?: boolean
}

/** Converts data rows (header excluded) into concepts according to the mapping. */
export function csvRowsToConcepts(
  rows: readonly string[][],
  mapping: readonly ColumnRole[],
  options: RowsToConceptsOptions = {}
): ExchangeConcept[] {
  const out: ExchangeConcept[] = []
  const file = options.fileName ?? ''
  const first = options.firstLine ?? 2
  const termLangs = [
    ...new Set(mapping.flatMap((m) => (m.kind === 'language' && m.field === 'term' && m.lang ? [m.lang] : [])))
  ]
  const lists = options.cellLists ?? true
  rows.forEach((row, r) => {
    const c = rowToConcept(row, mapping, termLangs, lists)
    if (c.terms.length === 0) {
      if (row.some((cell) => cell.trim() !== '')) {
        options.onWarning?.({
          file,
          line: options.lines?.[r] ?? first + r,
          message: 'row without any term skipped',
          key: 'rowWithoutTerm'
        })
      }
      return
    }
    out.push(c)
  })
  return out
}

type TermDraft = {
  lang: string
  text: string
  status?: TermStatus
  pos?: string
  usageNote?: string
  extra?: Record<string, string[]>
}

function rowToConcept(
  row: readonly string[],
  mapping: readonly ColumnRole[],
  termLangs: string[],
  lists: boolean
): ExchangeConcept {
  const c: Omit<ExchangeConcept, 'terms'> = {}
  const byLang = new Map<string, Partial<Record<LanguageField, string>>>()
  const common: Partial<Record<LanguageField, string>> = {}
  row.forEach((raw, i) => {
    const cell = raw.trim()
    if (cell === '') return
    const m = mapping[i] ?? { kind: 'extra', name: `column ${i + 1}` }
    if (m.kind === 'extra') return addExtra(c, m.name, cell)
    if (m.kind === 'concept') {
      if (m.field === 'extras') return mergeJsonExtras(c, cell)
      c[m.field] = c[m.field] ? `${c[m.field]}\n${cell}` : cell
      return
    }
    const target = m.lang ? (byLang.get(m.lang) ?? byLang.set(m.lang, {}).get(m.lang)!) : common
    // One value per cell: escaped as a one-item list, so the split below gives it back whole.
    const value = lists ? cell : joinCellList([cell])
    target[m.field] = target[m.field] !== undefined ? `${target[m.field]}|${value}` : value
  })
  const terms: TermDraft[] = []
  const examples: ExchangeExample[] = []
  for (const lang of termLangs) {
    const cols = { ...common, ...byLang.get(lang) }
    const texts = splitCellList(cols.term ?? '')
    const statuses = splitCellList(cols.status ?? '')
    const pos = splitCellList(cols.pos ?? '')
    const usage = splitCellList(cols.usageNote ?? '')
    const termExtras = parseJsonArray(cols.termExtras)
    texts.forEach((text, k) => {
      const t = text.trim()
      if (!t) return
      const term: TermDraft = { lang, text: t }
      const s = statuses[k] ?? (statuses.length === 1 && !byLang.get(lang)?.status ? statuses[0] : undefined)
      if (s) {
        const status = statusFromText(s)
        if (status) term.status = status
        else addExtra(term, 'status', s)
      }
      if (pos[k]) term.pos = pos[k]
      if (usage[k]) term.usageNote = usage[k]
      const ex = termExtras[k]
      if (ex && typeof ex === 'object' && !Array.isArray(ex)) mergeJsonExtras(term, JSON.stringify(ex))
      terms.push(term)
    })
    const exTexts = splitCellList(cols.examples ?? '')
    const exTerms = splitCellList(cols.exampleTerms ?? '')
    const exSources = splitCellList(cols.exampleSources ?? '')
    const exDates = splitCellList(cols.exampleDates ?? '')
    const exZh = splitCellList(cols.exampleRenderings ?? '')
    exTexts.forEach((text, k) => {
      if (!text.trim()) return
      const e: ExchangeExample = { lang, text }
      if (exTerms[k]) e.termText = exTerms[k]
      if (exSources[k]) e.source = exSources[k]
      if (exDates[k]) e.date = exDates[k]
      if (exZh[k]) e.zh = exZh[k]
      examples.push(e)
    })
  }
  const concept: ExchangeConcept = { ...c, terms: resolveStatuses(terms) }
  if (examples.length) concept.examples = examples
  return concept
}

function mergeJsonExtras(c: { extra?: Record<string, string[]> }, cell: string): void {
  try {
    const parsed: unknown = JSON.parse(cell)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [k, v] of Object.entries(parsed)) {
        for (const item of Array.isArray(v) ? v : [v]) addExtra(c, k, String(item))
      }
      return
    }
  } catch {
    // not JSON: kept verbatim below
  }
  addExtra(c, 'Extras', cell)
}

function parseJsonArray(cell: string | undefined): unknown[] {
  if (!cell) return []
  try {
    const parsed: unknown = JSON.parse(cell)
    return Array.isArray(parsed) ? parsed : []
  } catch {
    return []
  }
}
