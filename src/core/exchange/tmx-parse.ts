/**
 * Streaming, secure TMX 1.1–1.4 reader. Each `<tu>` yields one unit per target language (a tu with
 * en, zh-CN and fr gives two units). The source tuv is the one in the tu's srclang, else the header's,
 * else the first (srclang="*all*"). Inline markup: text inside <hi>/<sub> outside codes is kept; the
 * content of the codes <bpt> <ept> <ph> <it> <ut> (native formatting) is dropped. Props other than
 * x-origin and tu attributes tuid/creationid/changeid go to `extra` (repeated props joined by newline).
 * A tu with fewer than two languages is skipped with a warning.
 */
import { fromTmxDate } from './dates'
import { closeCode, CodeNumbers, openCode } from './inline-codes'
import { canonicalLang, sameLanguage } from './lang-tags'
import type { ExchangeUnit, WarningSink } from './model'
import { readXml, type XmlChunks } from './xml-reader'

export interface TmxParseOptions {
  onWarning?: WarningSink
  /**
   * Inline codes become numbered placeholders (`{1}`, `{/1}`: see inline-codes.ts) instead of vanishing, and
   * each unit says which tu it came from and on which line (`tu`, `line`): for QA, which shows a unit's codes
   * and names where it stands. The import keeps codes out of the memory.
   */
  placeholders?: boolean
}

const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut'])
const KEPT_TU_ATTRS = ['tuid', 'creationid', 'changeid']

interface TuvDraft {
  lang: string
  text: string
}
interface TuDraft {
  line: number
  codes: CodeNumbers
  srcLang: string
  attrs: Record<string, string>
  tuvs: TuvDraft[]
  notes: string[]
  props: Array<[string, string]>
}

export function parseTmx(
  chunks: XmlChunks,
  fileName: string,
  options: TmxParseOptions = {}
): AsyncGenerator<ExchangeUnit> {
  return readXml<ExchangeUnit>(chunks, fileName, ({ queue, fail, position }) => {
    let depth = 0
    let headerSrc = ''
    let tu: TuDraft | null = null
    let tuv: TuvDraft | null = null
    let inSeg = false
    let codeDepth = 0
    let buf = ''
    let propType = ''
    let count = 0

    function finishTu(t: TuDraft): void {
      count++
      const want = t.srcLang || headerSrc
      const src = (want && want !== '*all*' ? t.tuvs.find((v) => sameLanguage(v.lang, want)) : undefined) ?? t.tuvs[0]
      const targets = t.tuvs.filter((v) => v !== src && !sameLanguage(v.lang, src?.lang ?? ''))
      if (!src || targets.length === 0) {
        options.onWarning?.({
          file: fileName,
          message: `tu #${count} has fewer than two languages: skipped`,
          key: 'oneLanguageTu',
          params: { unit: count }
        })
        return
      }
      const extra: Record<string, string> = {}
      for (const k of KEPT_TU_ATTRS) if (t.attrs[k]) extra[k] = t.attrs[k]
      let origin: string | undefined
      for (const [type, value] of t.props) {
        if (type === 'x-origin' && origin === undefined) origin = value
        else extra[type] = extra[type] !== undefined ? `${extra[type]}\n${value}` : value
      }
      const createdAt = fromTmxDate(t.attrs.creationdate)
      const changedAt = fromTmxDate(t.attrs.changedate)
      for (const tgt of targets) {
        const unit: ExchangeUnit = { srcLang: src.lang, tgtLang: tgt.lang, source: src.text, target: tgt.text }
        if (origin !== undefined) unit.origin = origin
        if (createdAt) unit.createdAt = createdAt
        if (changedAt) unit.changedAt = changedAt
        if (t.notes.length) unit.note = t.notes.join('\n')
        if (Object.keys(extra).length) unit.extra = { ...extra }
        if (options.placeholders) {
          unit.tu = count
          unit.line = t.line
        }
        queue.push(unit)
      }
    }

    return {
      open(name, attrs) {
        depth++
        if (depth === 1) {
          if (name !== 'tmx') {
            fail(`not a TMX file: root element <${name}>`, 'exchange.tmx.notTmx', { root: name })
          }
          return
        }
        if (inSeg) {
          if (!CODES.has(name)) return
          if (codeDepth === 0 && options.placeholders && tu) buf += placeholder(tu.codes, name, attrs)
          codeDepth++
          return
        }
        switch (name) {
          case 'header':
            headerSrc = canonicalLang(attrs.srclang === '*all*' ? '' : (attrs.srclang ?? ''))
            return
          case 'tu':
            if (tu) fail('<tu> inside <tu>', 'exchange.tmx.nestedTu')
            tu = {
              line: options.placeholders ? position().line : 0,
              codes: new CodeNumbers(),
              srcLang: canonicalLang(attrs.srclang ?? ''),
              attrs,
              tuvs: [],
              notes: [],
              props: []
            }
            return
          case 'tuv':
            if (tu) tuv = { lang: canonicalLang(attrs['xml:lang'] ?? attrs.lang ?? ''), text: '' }
            return
          case 'seg':
            if (tuv) {
              inSeg = true
              codeDepth = 0
              buf = ''
            }
            return
          case 'prop':
          case 'note':
            propType = attrs.type ?? ''
            buf = ''
            return
        }
      },
      text(t) {
        if (!inSeg || codeDepth === 0) buf += t
      },
      close(name) {
        depth--
        if (inSeg) {
          if (CODES.has(name)) codeDepth--
          else if (name === 'seg') {
            inSeg = false
            if (tuv) tuv.text = buf
          }
          return
        }
        switch (name) {
          case 'tuv':
            if (tu && tuv) tu.tuvs.push(tuv)
            tuv = null
            return
          case 'tu':
            if (tu) finishTu(tu)
            tu = null
            return
          case 'note':
            // tuv-level notes and props belong to the unit too: nothing is dropped.
            if (tu && buf.trim()) tu.notes.push(buf.trim())
            return
          case 'prop':
            if (tu && buf.trim()) tu.props.push([tuv ? `${propType}@${tuv.lang}` : propType, buf.trim()])
            return
        }
      }
    }
  })
}

/** TMX codes: <bpt i>/<ept i> pair by `i`, <ph x>/<it x>/<ut x> stand alone (an <it pos="end"> closes). */
function placeholder(codes: CodeNumbers, name: string, attrs: Record<string, string>): string {
  if (name === 'bpt') return openCode(codes.number(attrs.i ? `i${attrs.i}` : undefined))
  if (name === 'ept') return closeCode(codes.number(attrs.i ? `i${attrs.i}` : undefined))
  const n = codes.number(attrs.x ? `x${attrs.x}` : undefined)
  return name === 'it' && attrs.pos === 'end' ? closeCode(n) : openCode(n)
}
