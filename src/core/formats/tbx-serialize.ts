/**
 * Streaming TBX writers: TBX-Basic v3 (ISO 30042:2019, DCA style) and TBX-Basic v2 (`<martif>`, what
 * OmegaT 3.6 and translate-toolkit read). Generators yield one chunk per concept, so memory stays flat
 * however many concepts the iterable produces. Element order and picklists follow the TBX-Basic schemas
 * (see tbx-vocabulary.ts for how Shuyu-only data travels as keyed notes).
 */
import { canonicalLang, sameLanguage } from './lang-tags'
import type { ExchangeConcept, ExchangeExample, ExchangeTerm, WarningSink } from './model'
import { PASSTHROUGH_ADMINS, PASSTHROUGH_TERMNOTES, POS_V2, POS_V3, STATUS_TO_TBX, keyedNote } from './tbx-vocabulary'
import { escapeXmlText, isXmlId, xmlAttrs, xmlElement } from './xml-escape'
import { toXsDate } from './dates'

export interface TbxMeta {
  title?: string
  /** Required by both schemas; a default sentence is written when absent. */
  sourceDesc?: string
  /** xml:lang of the root (the file's working language). Default `en`. */
  lang?: string
  /** Told about concepts that cannot be written (no terms): TBX requires at least one term per entry. */
  onWarning?: WarningSink
}

type Version = 2 | 3

interface Dialect {
  entry: string
  lang: string
  term: string
  pos: Set<string>
}

const V3: Dialect = { entry: 'conceptEntry', lang: 'langSec', term: 'termSec', pos: POS_V3 }
const V2: Dialect = { entry: 'termEntry', lang: 'langSet', term: 'tig', pos: POS_V2 }

export function* serializeTbx3(concepts: Iterable<ExchangeConcept>, meta: TbxMeta = {}): Generator<string> {
  const lang = canonicalLang(meta.lang ?? 'en') || 'en'
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<tbx type="TBX-Basic" style="dca"${xmlAttrs({ 'xml:lang': lang })} xmlns="urn:iso:std:iso:30042:ed-2">\n` +
    '  <tbxHeader>\n    <fileDesc>\n' + titleStmt(meta) + sourceDesc(meta) + '    </fileDesc>\n  </tbxHeader>\n' +
    '  <text>\n    <body>\n'
  yield* entries(concepts, 3, meta)
  yield '    </body>\n  </text>\n</tbx>\n'
}

export function* serializeTbx2(concepts: Iterable<ExchangeConcept>, meta: TbxMeta = {}): Generator<string> {
  const lang = canonicalLang(meta.lang ?? 'en') || 'en'
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n' +
    `<martif type="TBX-Basic"${xmlAttrs({ 'xml:lang': lang })}>\n` +
    '  <martifHeader>\n    <fileDesc>\n' + titleStmt(meta) + sourceDesc(meta) + '    </fileDesc>\n' +
    '    <encodingDesc>\n      <p type="XCSURI">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n  </martifHeader>\n' +
    '  <text>\n    <body>\n'
  yield* entries(concepts, 2, meta)
  yield '    </body>\n  </text>\n</martif>\n'
}

function titleStmt(meta: TbxMeta): string {
  return meta.title ? `      <titleStmt>\n        ${xmlElement('title', meta.title)}\n      </titleStmt>\n` : ''
}

function sourceDesc(meta: TbxMeta): string {
  const p = meta.sourceDesc || 'Exported from Shuyu.'
  return `      <sourceDesc>\n        ${xmlElement('p', p)}\n      </sourceDesc>\n`
}

function* entries(concepts: Iterable<ExchangeConcept>, version: Version, meta: TbxMeta): Generator<string> {
  const used = new Set<string>()
  let n = 0
  for (const concept of concepts) {
    n++
    const terms = concept.terms.filter((t) => t.text.trim() !== '' && canonicalLang(t.lang) !== '')
    if (terms.length === 0) {
      meta.onWarning?.({ file: '', message: `concept ${concept.id ?? `#${n}`} has no terms: TBX cannot hold it` })
      continue
    }
    yield entry(concept, terms, uniqueId(concept.id, n, used), version)
  }
}

/**
 * TBX ids must be unique XML IDs (not starting with a digit). Valid ids are kept; numeric ids become `c<id>`;
 * other invalid ids are sanitised; clashes get `-2`, `-3`… The reader returns ids exactly as written.
 */
export function tbxEntryId(id: string | undefined, ordinal: number): string {
  if (id === undefined || id === '') return `c${ordinal}`
  if (isXmlId(id)) return id
  const cleaned = id.replace(/[^\p{L}\p{N}._-]/gu, '_')
  return isXmlId(cleaned) ? cleaned : `c${cleaned}`
}

function uniqueId(id: string | undefined, ordinal: number, used: Set<string>): string {
  const base = tbxEntryId(id, ordinal)
  let out = base
  for (let k = 2; used.has(out); k++) out = `${base}-${k}`
  used.add(out)
  return out
}

function entry(c: ExchangeConcept, terms: ExchangeTerm[], id: string, version: Version): string {
  const d = version === 3 ? V3 : V2
  const i1 = '      '
  const i2 = i1 + '  '
  const out: string[] = [`${i1}<${d.entry} id="${escapeXmlText(id)}">`]
  if (c.domain) out.push(i2 + xmlElement('descrip', c.domain, { type: 'subjectField' }))
  if (c.definition) out.push(i2 + xmlElement('descrip', c.definition, { type: 'definition' }))
  if (c.source) out.push(i2 + xmlElement('admin', c.source, { type: 'source' }))
  if (c.createdAt) out.push(i2 + transacGrp('origination', c.createdAt))
  if (c.modifiedAt) out.push(i2 + transacGrp('modification', c.modifiedAt))
  if (c.note) out.push(i2 + xmlElement('note', c.note))

  // Group terms by canonical language, in order of first appearance.
  const byLang = new Map<string, ExchangeTerm[]>()
  for (const t of terms) {
    const l = canonicalLang(t.lang)
    const list = byLang.get(l)
    if (list) list.push(t)
    else byLang.set(l, [t])
  }
  const placed = placeExamples(c.examples ?? [], byLang)
  const langExtras = new Map<string, Array<[string, string[]]>>()
  for (const [key, values] of Object.entries(c.extra ?? {})) {
    const at = key.lastIndexOf('@')
    const l = at > 0 ? canonicalLang(key.slice(at + 1)) : ''
    if (l && byLang.has(l)) {
      const list = langExtras.get(l) ?? []
      list.push([key.slice(0, at), values])
      langExtras.set(l, list)
    } else {
      for (const v of values) out.push(i2 + xmlElement('note', keyedNote(key, v)))
    }
  }
  for (const [lang, list] of byLang) {
    out.push(`${i2}<${d.lang}${xmlAttrs({ 'xml:lang': lang })}>`)
    for (const [key, values] of langExtras.get(lang) ?? []) {
      for (const v of values) out.push(i2 + '  ' + xmlElement('note', keyedNote(key, v)))
    }
    for (const t of list) out.push(termSection(t, placed.get(t) ?? [], d, version, i2 + '  '))
    out.push(`${i2}</${d.lang}>`)
  }
  out.push(`${i1}</${d.entry}>`)
  return out.join('\n') + '\n'
}

interface PlacedExample { ex: ExchangeExample; foreignLang?: string }

/** Each example goes into the section of its term (termText), else the first term of its language. */
function placeExamples(examples: ExchangeExample[], byLang: Map<string, ExchangeTerm[]>)
  : Map<ExchangeTerm, PlacedExample[]> {
  const placed = new Map<ExchangeTerm, PlacedExample[]>()
  const first = byLang.values().next().value as ExchangeTerm[]
  for (const ex of examples) {
    if (!ex.text) continue
    const lang = canonicalLang(ex.lang)
    let list = byLang.get(lang)
    if (!list) list = [...byLang.entries()].find(([l]) => sameLanguage(l, lang))?.[1]
    const target = list
      ? (list.find((t) => t.text === ex.termText) ?? list[0])
      // No term in the example's language: it still must live in a term section; its language is noted.
      : first[0]
    const entry: PlacedExample = { ex, foreignLang: list ? undefined : lang }
    const arr = placed.get(target)
    if (arr) arr.push(entry)
    else placed.set(target, [entry])
  }
  return placed
}

function termSection(t: ExchangeTerm, examples: PlacedExample[], d: Dialect, version: Version, ind: string): string {
  const i = ind + '  '
  const out: string[] = [`${ind}<${d.term}>`, i + xmlElement('term', t.text)]
  const extra = t.extra ?? {}
  const notes: string[] = []
  if (t.pos) {
    if (d.pos.has(t.pos)) out.push(i + xmlElement('termNote', t.pos, { type: 'partOfSpeech' }))
    else {
      out.push(i + xmlElement('termNote', 'other', { type: 'partOfSpeech' }))
      notes.push(keyedNote('partOfSpeech', t.pos))
    }
  }
  out.push(i + xmlElement('termNote', STATUS_TO_TBX[t.status] ?? STATUS_TO_TBX.admitted,
    { type: 'administrativeStatus' }))
  if (t.status === 'forbidden') notes.push(keyedNote('status', 'forbidden'))
  for (const [key, values] of Object.entries(extra)) {
    if (PASSTHROUGH_TERMNOTES.has(key)) for (const v of values) out.push(i + xmlElement('termNote', v, { type: key }))
  }
  for (const { ex, foreignLang } of examples) out.push(...exampleXml(ex, foreignLang, version, i))
  for (const [key, values] of Object.entries(extra)) {
    if (PASSTHROUGH_ADMINS.has(key)) for (const v of values) out.push(i + xmlElement('admin', v, { type: key }))
    else if (!PASSTHROUGH_TERMNOTES.has(key)) for (const v of values) notes.push(keyedNote(key, v))
  }
  if (t.usageNote) out.push(i + xmlElement('note', t.usageNote))
  for (const n of notes) out.push(i + xmlElement('note', n))
  out.push(`${ind}</${d.term}>`)
  return out.join('\n')
}

function exampleXml(ex: ExchangeExample, foreignLang: string | undefined, version: Version, i: string): string[] {
  const context = xmlElement('descrip', ex.text, { type: 'context' })
  const source = ex.source ? xmlElement('admin', ex.source, { type: 'source' }) : ''
  if (version === 3) {
    // The DCA Schematron allows transactions only at entry/language/term level, so the example's date
    // travels as a keyed note inside its descripGrp.
    const inner = [context, source, ex.date ? xmlElement('note', keyedNote('date', ex.date)) : '',
      ex.zh ? xmlElement('note', keyedNote('rendering', ex.zh)) : '',
      foreignLang ? xmlElement('note', keyedNote('lang', foreignLang)) : ''].filter(Boolean)
    if (inner.length === 1) return [i + context]
    return [`${i}<descripGrp>`, ...inner.map((x) => `${i}  ${x}`), `${i}</descripGrp>`]
  }
  // v2: descripGrp = (descrip, admin*); the rest follows as keyed notes bound to this example.
  const lines = source ? [`${i}<descripGrp>`, `${i}  ${context}`, `${i}  ${source}`, `${i}</descripGrp>`] : [i + context]
  if (ex.date) lines.push(i + xmlElement('note', keyedNote('example-date', ex.date)))
  if (ex.zh) lines.push(i + xmlElement('note', keyedNote('example-rendering', ex.zh)))
  if (foreignLang) lines.push(i + xmlElement('note', keyedNote('example-lang', foreignLang)))
  return lines
}

function transacGrp(type: 'origination' | 'modification', iso: string): string {
  const date = toXsDate(iso)
  return '<transacGrp>' + xmlElement('transac', type, { type: 'transactionType' }) +
    (date ? xmlElement('date', date) : '') + '</transacGrp>'
}
