/**
 * Streaming TMX 1.4b writer: one chunk per translation unit. Dates in TMX form (YYYYMMDDThhmmssZ),
 * the unit's origin as `<prop type="x-origin">`, `extra` as further props, srclang on the header and
 * on every tu, UTF-8 without BOM, DOCTYPE naming tmx14.dtd (never fetched by readers).
 */
import { toTmxDate } from './dates'
import { canonicalLang } from './lang-tags'
import type { ExchangeUnit } from './model'
import { xmlAttrs, xmlElement } from './xml-escape'

export interface TmxMeta {
  /** Header srclang; default `en`. */
  srcLang?: string
  creationTool?: string
  creationToolVersion?: string
  segType?: 'block' | 'paragraph' | 'sentence' | 'phrase'
  adminLang?: string
  /** ISO date-time of the export; omitted when absent. */
  creationDate?: string
}

export function* serializeTmx(units: Iterable<ExchangeUnit>, meta: TmxMeta = {}): Generator<string> {
  const header = xmlAttrs({
    creationtool: meta.creationTool ?? 'Shuyu',
    creationtoolversion: meta.creationToolVersion ?? '0.1.0',
    segtype: meta.segType ?? 'sentence',
    'o-tmf': 'Shuyu',
    adminlang: canonicalLang(meta.adminLang ?? 'en'),
    srclang: canonicalLang(meta.srcLang ?? 'en'),
    datatype: 'plaintext',
    creationdate: toTmxDate(meta.creationDate)
  })
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n' +
    `  <header${header}/>\n  <body>\n`
  )
  for (const u of units) yield tu(u)
  yield '  </body>\n</tmx>\n'
}

function tu(u: ExchangeUnit): string {
  const src = canonicalLang(u.srcLang)
  const attrs = xmlAttrs({ srclang: src, creationdate: toTmxDate(u.createdAt), changedate: toTmxDate(u.changedAt) })
  const lines = [`    <tu${attrs}>`]
  if (u.note) lines.push('      ' + xmlElement('note', u.note))
  if (u.origin) lines.push('      ' + xmlElement('prop', u.origin, { type: 'x-origin' }))
  for (const [type, value] of Object.entries(u.extra ?? {})) {
    lines.push('      ' + xmlElement('prop', value, { type }))
  }
  lines.push(tuv(src, u.source), tuv(canonicalLang(u.tgtLang), u.target), '    </tu>\n')
  return lines.join('\n')
}

function tuv(lang: string, text: string): string {
  return `      <tuv${xmlAttrs({ 'xml:lang': lang })}>${xmlElement('seg', text)}</tuv>`
}
