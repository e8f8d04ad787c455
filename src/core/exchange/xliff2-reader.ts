/**
 * XLIFF 2.0/2.1/2.2 units (parse entry: xliff-parse.ts): one per `<segment>` of a `<unit>`; `<ignorable>`
 * (white space between segments) is skipped. Honoured: `translate="no"` on a file, group or unit (inherited),
 * the segment's `state` (initial = not translated yet). Only a segment's own source and target are read:
 * modules such as the Translation Candidates module (`<mtc:match>`) hold source and target elements too.
 *
 * Unit ids: the unit id, `id#segment` when the unit has several segments (the segment's id, else its
 * position in the unit).
 */
import type { BilingualUnit } from './bilingual-model'
import { CodeNumbers } from './inline-codes'
import { InlineText } from './inline-text'
import type { XmlFail, XmlHandlers, XmlPosition } from './xml-reader'

interface Segment {
  id: string
  line: number
  state: string
  source: string
  target: string | null
}

interface Unit {
  id: string
  line: number
  translate: boolean
  codes: CodeNumbers
  segments: Segment[]
}

export function xliff2Handlers(
  ctx: { queue: BilingualUnit[]; fail: XmlFail; position: XmlPosition },
  root: Record<string, string>
): XmlHandlers {
  const srcLang = root.srcLang ?? ''
  const tgtLang = root.trgLang ?? ''
  const stack: string[] = []
  const translate: boolean[] = [true]
  let unit: Unit | null = null
  let segment: Segment | null = null
  let count = 0
  let inline: InlineText | null = null
  let inlineFor: 'source' | 'target' = 'source'
  let inlineDepth = 0

  function finish(u: Unit): void {
    u.segments.forEach((s, i) => {
      ctx.queue.push({
        id: u.segments.length === 1 ? u.id : `${u.id}#${s.id || i + 1}`,
        line: s.line,
        srcLang,
        tgtLang,
        source: s.source,
        target: s.target,
        state: s.state,
        notTranslatedState: s.state === 'initial',
        translate: u.translate
      })
    })
  }

  const inherited = (attrs: Record<string, string>): boolean =>
    attrs.translate ? attrs.translate !== 'no' : translate[translate.length - 1]

  return {
    open(name, attrs) {
      const parent = stack[stack.length - 1]
      stack.push(name)
      if (inline) return inline.open(name, attrs)
      switch (name) {
        case 'file':
        case 'group':
          translate.push(inherited(attrs))
          return
        case 'unit':
          if (unit) ctx.fail('<unit> inside <unit>', 'exchange.xliff.nestedUnit')
          count++
          unit = {
            id: attrs.id || String(count),
            line: ctx.position().line,
            translate: inherited(attrs),
            codes: new CodeNumbers(),
            segments: []
          }
          return
        case 'segment':
          if (unit && parent === 'unit') {
            segment = {
              id: attrs.id ?? '',
              line: ctx.position().line,
              state: attrs.state ?? '',
              source: '',
              target: null
            }
          }
          return
        case 'source':
        case 'target':
          if (!unit || !segment || parent !== 'segment') return
          inline = new InlineText(2, unit.codes)
          inlineFor = name
          inlineDepth = stack.length
          return
      }
    },
    close(name) {
      if (inline && stack.length === inlineDepth) {
        const text = inline.result().text
        inline = null
        if (segment) {
          if (inlineFor === 'source') segment.source = text
          else segment.target = text
        }
      } else if (inline) inline.close()
      stack.pop()
      if (inline) return
      if (name === 'segment' && unit && segment) {
        unit.segments.push(segment)
        segment = null
      } else if (name === 'unit' && unit) {
        finish(unit)
        unit = null
      } else if (name === 'file' || name === 'group') translate.pop()
    },
    text(t) {
      inline?.text(t)
    },
    wantsText: () => inline !== null
  }
}
