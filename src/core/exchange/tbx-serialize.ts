/**
 * Streaming TBX writers: TBX-Basic v3 (ISO 30042:2019, DCA style) and TBX-Basic v2 (`<martif>`, what
 * OmegaT 3.6 and translate-toolkit read). Generators yield one chunk per concept, so memory stays flat
 * however many concepts the iterable produces. Element order and picklists follow the TBX-Basic schemas
 * (see tbx-vocabulary.ts for how Shuyu-only data travels as keyed notes).
 */
import { hasTime, toXsDate, toXsDateTime } from './dates'
import { canonicalLang, sameLanguage } from './lang-tags'
import type { ExchangeConcept, ExchangeExample, ExchangeTerm, WarningSink } from './model'
import { keyedNote, PASSTHROUGH_ADMINS, PASSTHROUGH_TERMNOTES, POS_V2, POS_V3, STATUS_TO_TBX } from './tbx-vocabulary'
import { escapeXmlAttr, escapeXmlText, isXmlId, xmlAttrs, xmlElement } from './xml-escape'

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
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<tbx type="TBX-Basic" style="dca"${xmlAttrs({ 'xml:lang': lang })} xmlns="urn:iso:std:iso:30042:ed-2">\n` +
    '  <tbxHeader>\n    <fileDesc>\n' +
    titleStmt(meta) +
    sourceDesc(meta) +
    '    </fileDesc>\n  </tbxHeader>\n' +
    '  <text>\n    <body>\n'
  )
  yield* entries(concepts, 3, meta)
  yield '    </body>\n  </text>\n</tbx>\n'
}

export function* serializeTbx2(concepts: Iterable<ExchangeConcept>, meta: TbxMeta = {}): Generator<string> {
  const lang = canonicalLang(meta.lang ?? 'en') || 'en'
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n' +
    `<martif type="TBX-Basic"${xmlAttrs({ 'xml:lang': lang })}>\n` +
    '  <martifHeader>\n    <fileDesc>\n' +
    titleStmt(meta) +
    sourceDesc(meta) +
    '    </fileDesc>\n' +
    '    <encodingDesc>\n      <p type="XCSURI">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n  </martifHeader>\n' +
    '  <text>\n    <body>\n'
  )
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

/**
 * One entry as one string. Built by concatenation with the constant tags written out (no attribute
 * records, no line arrays): this runs 100,000 times in a large export, where the generic xmlElement
 * helpers were most of the serialiser's time.
 */
function entry(c: ExchangeConcept, terms: ExchangeTerm[], id: string, version: Version): string {
  const d = version === 3 ? V3 : V2
  const i2 = '        '
  let out = `      <${d.entry} id="${escapeXmlAttr(id)}">\n`
  if (c.domain) out += `${i2}<descrip type="subjectField">${escapeXmlText(c.domain)}</descrip>\n`
  if (c.definition) out += `${i2}<descrip type="definition">${escapeXmlText(c.definition)}</descrip>\n`
  if (c.source) out += `${i2}<admin type="source">${escapeXmlText(c.source)}</admin>\n`
  if (c.createdAt) out += transacGrp('origination', c.createdAt, version, i2)
  if (c.modifiedAt) out += transacGrp('modification', c.modifiedAt, version, i2)
  if (c.note) out += `${i2}<note>${escapeXmlText(c.note)}</note>\n`

  // Group terms by canonical language, in order of first appearance.
  const byLang = new Map<string, ExchangeTerm[]>()
  for (const t of terms) {
    const l = canonicalLang(t.lang)
    const list = byLang.get(l)
    if (list) list.push(t)
    else byLang.set(l, [t])
  }
  const placed = c.examples?.length ? placeExamples(c.examples, byLang) : null
  let langExtras: Map<string, Array<[string, string[]]>> | null = null
  if (c.extra) {
    for (const [key, values] of Object.entries(c.extra)) {
      const at = key.lastIndexOf('@')
      const l = at > 0 ? canonicalLang(key.slice(at + 1)) : ''
      if (l && byLang.has(l)) {
        langExtras ??= new Map()
        const list = langExtras.get(l) ?? []
        list.push([key.slice(0, at), values])
        langExtras.set(l, list)
      } else {
        for (const v of values) out += `${i2}<note>${escapeXmlText(keyedNote(key, v))}</note>\n`
      }
    }
  }
  for (const [lang, list] of byLang) {
    out += `${i2}<${d.lang} xml:lang="${escapeXmlAttr(lang)}">\n`
    for (const [key, values] of langExtras?.get(lang) ?? []) {
      for (const v of values) out += `${i2}  <note>${escapeXmlText(keyedNote(key, v))}</note>\n`
    }
    for (const t of list) out += termSection(t, placed?.get(t) ?? NONE, d, version, i2 + '  ') + '\n'
    out += `${i2}</${d.lang}>\n`
  }
  return out + `      </${d.entry}>\n`
}

const NONE: PlacedExample[] = []

interface PlacedExample {
  ex: ExchangeExample
  foreignLang?: string
}

/** Each example goes into the section of its term (termText), else the first term of its language. */
function placeExamples(
  examples: ExchangeExample[],
  byLang: Map<string, ExchangeTerm[]>
): Map<ExchangeTerm, PlacedExample[]> {
  const placed = new Map<ExchangeTerm, PlacedExample[]>()
  const first = byLang.values().next().value as ExchangeTerm[]
  for (const ex of examples) {
    if (!ex.text) continue
    const lang = canonicalLang(ex.lang)
    let list = byLang.get(lang)
    if (!list) list = [...byLang.entries()].find(([l]) => sameLanguage(l, lang))?.[1]
    const target = list
      ? (list.find((t) => t.text === ex.termText) ?? list[0])
      : // No term in the example's language: it still must live in a term section; its language is noted.
        first[0]
    const entry: PlacedExample = { ex, foreignLang: list ? undefined : lang }
    const arr = placed.get(target)
    if (arr) arr.push(entry)
    else placed.set(target, [entry])
  }
  return placed
}

function termSection(t: ExchangeTerm, examples: PlacedExample[], d: Dialect, version: Version, ind: string): string {
  const i = ind + '  '
  let out = `${ind}<${d.term}>\n${i}<term>${escapeXmlText(t.text)}</term>\n`
  const extra = t.extra
  let notes = ''
  if (t.pos) {
    if (d.pos.has(t.pos)) out += `${i}<termNote type="partOfSpeech">${escapeXmlText(t.pos)}</termNote>\n`
    else {
      out += `${i}<termNote type="partOfSpeech">other</termNote>\n`
      notes += `${i}<note>${escapeXmlText(keyedNote('partOfSpeech', t.pos))}</note>\n`
    }
  }
  out += `${i}<termNote type="administrativeStatus">${STATUS_TO_TBX[t.status] ?? STATUS_TO_TBX.admitted}</termNote>\n`
  if (t.status === 'forbidden') notes += `${i}<note>${escapeXmlText(keyedNote('status', 'forbidden'))}</note>\n`
  if (extra) {
    for (const [key, values] of Object.entries(extra)) {
      if (PASSTHROUGH_TERMNOTES.has(key))
        for (const v of values) out += i + xmlElement('termNote', v, { type: key }) + '\n'
    }
  }
  if (t.createdAt) out += transacGrp('origination', t.createdAt, version, i)
  if (t.modifiedAt) out += transacGrp('modification', t.modifiedAt, version, i)
  for (const { ex, foreignLang } of examples) out += exampleXml(ex, foreignLang, version, i)
  if (extra) {
    for (const [key, values] of Object.entries(extra)) {
      if (PASSTHROUGH_ADMINS.has(key)) for (const v of values) out += i + xmlElement('admin', v, { type: key }) + '\n'
      else if (!PASSTHROUGH_TERMNOTES.has(key)) {
        for (const v of values) notes += `${i}<note>${escapeXmlText(keyedNote(key, v))}</note>\n`
      }
    }
  }
  if (t.usageNote) out += `${i}<note>${escapeXmlText(t.usageNote)}</note>\n`
  return out + notes + `${ind}</${d.term}>`
}

/** The example's lines, each ending with a newline. */
function exampleXml(ex: ExchangeExample, foreignLang: string | undefined, version: Version, i: string): string {
  const context = `<descrip type="context">${escapeXmlText(ex.text)}</descrip>`
  const source = ex.source ? `<admin type="source">${escapeXmlText(ex.source)}</admin>` : ''
  const note = (key: string, value: string): string => `<note>${escapeXmlText(keyedNote(key, value))}</note>`
  if (version === 3) {
    // The DCA Schematron allows transactions only at entry/language/term level, so the example's date
    // travels as a keyed note inside its descripGrp.
    const inner = [
      context,
      source,
      ex.date ? note('date', ex.date) : '',
      ex.zh ? note('rendering', ex.zh) : '',
      foreignLang ? note('lang', foreignLang) : ''
    ].filter(Boolean)
    if (inner.length === 1) return `${i}${context}\n`
    let out = `${i}<descripGrp>\n`
    for (const x of inner) out += `${i}  ${x}\n`
    return out + `${i}</descripGrp>\n`
  }
  // v2: descripGrp = (descrip, admin*); the rest follows as keyed notes bound to this example.
  let out = source ? `${i}<descripGrp>\n${i}  ${context}\n${i}  ${source}\n${i}</descripGrp>\n` : `${i}${context}\n`
  if (ex.date) out += `${i}${note('example-date', ex.date)}\n`
  if (ex.zh) out += `${i}${note('example-rendering', ex.zh)}\n`
  if (foreignLang) out += `${i}${note('example-lang', foreignLang)}\n`
  return out
}

/**
 * A transaction with its date, kept to the second: v3's `<date>` takes an xs:dateTime; v2's takes an
 * xs:date only, so v2 writes the full date-time beside it as a keyed note (`[origination] …`), which
 * Shuyu's reader takes back as the transaction's time. Lines end with a newline.
 */
function transacGrp(type: 'origination' | 'modification', iso: string, version: Version, i: string): string {
  const date = version === 3 ? toXsDateTime(iso) : toXsDate(iso)
  let out =
    `${i}<transacGrp><transac type="transactionType">${type}</transac>` +
    (date ? `<date>${escapeXmlText(date)}</date>` : '') +
    '</transacGrp>\n'
  if (version === 2 && hasTime(iso)) out += `${i}<note>${escapeXmlText(keyedNote(type, iso))}</note>\n`
  return out
}
