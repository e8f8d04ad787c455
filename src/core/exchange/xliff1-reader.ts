/**
 * XLIFF 1.2 units (parse entry: xliff-parse.ts). A `<trans-unit>` gives one unit, or one per segment when
 * its `<seg-source>` is split by `<mrk mtype="seg" mid>` markers (the target's markers with the same mid
 * give each segment's target). Honoured: `translate="no"` on the unit or an enclosing group, the target's
 * `state`, SDLXLIFF's per-segment confirmation level (`<sdl:seg conf>`), memoQ's `mq:status`. Ignored:
 * `<alt-trans>` proposals (their source and target are not the unit's), notes, context groups.
 *
 * Unit ids: the trans-unit id, `id#mid` for its segments when it has several; in SDLXLIFF the mid, which is
 * the segment number Trados Studio shows (its trans-unit ids are GUIDs).
 */
import type { BilingualFormat, BilingualUnit } from './bilingual-model'
import { CodeNumbers } from './inline-codes'
import { type InlineResult, InlineText } from './inline-text'
import type { XmlFail, XmlHandlers, XmlPosition } from './xml-reader'

interface TransUnit {
  id: string
  line: number
  translate: boolean
  state: string
  /** memoQ's status of the whole unit. */
  mqStatus: string
  codes: CodeNumbers
  source: InlineResult | null
  segSource: InlineResult | null
  /** undefined: no <target> element. */
  target: InlineResult | undefined
  /** SDLXLIFF confirmation level by segment id. */
  conf: Map<string, string>
}

/** XLIFF 1.2 target states that mean "not translated yet". */
const NOT_TRANSLATED = new Set(['new', 'needs-translation'])

export function xliff1Handlers(
  ctx: { queue: BilingualUnit[]; fail: XmlFail; position: XmlPosition },
  format: BilingualFormat
): XmlHandlers {
  const stack: string[] = []
  /** translate of each open <file>, <group> and <trans-unit>, innermost last. */
  const translate: boolean[] = [true]
  let srcLang = ''
  let tgtLang = ''
  let tu: TransUnit | null = null
  let count = 0
  let inline: InlineText | null = null
  let inlineFor: 'source' | 'seg-source' | 'target' = 'source'
  let inlineDepth = 0

  function unit(t: TransUnit, id: string, source: string, target: string | null, mid?: string): BilingualUnit {
    const { state, notTranslatedState } = stateOf(t, mid)
    return { id, line: t.line, srcLang, tgtLang, source, target, state, notTranslatedState, translate: t.translate }
  }

  function finish(t: TransUnit): void {
    const segments = t.segSource?.segments ?? []
    // A segmented source with a target that is not split the same way is compared whole.
    if (segments.length === 0 || (t.target && t.target.segments.length === 0 && t.target.text.trim() !== '')) {
      ctx.queue.push(unit(t, t.id, t.source?.text ?? t.segSource?.text ?? '', t.target ? t.target.text : null))
      return
    }
    const targets = new Map((t.target?.segments ?? []).map((s) => [s.mid, s.text]))
    for (const seg of segments) {
      const id = format === 'sdlxliff' ? seg.mid : segments.length > 1 ? `${t.id}#${seg.mid}` : t.id
      ctx.queue.push(unit(t, id, seg.text, t.target ? (targets.get(seg.mid) ?? '') : null, seg.mid))
    }
  }

  function stateOf(t: TransUnit, mid: string | undefined): { state: string; notTranslatedState: boolean } {
    if (format === 'sdlxliff') {
      const conf = mid !== undefined ? t.conf.get(mid) : t.conf.size === 1 ? [...t.conf.values()][0] : undefined
      if (conf !== undefined || t.conf.size > 0) return { state: conf ?? '', notTranslatedState: !conf }
    }
    if (format === 'mqxliff' && t.mqStatus) {
      return { state: t.mqStatus, notTranslatedState: t.mqStatus === 'NotStarted' }
    }
    return { state: t.state, notTranslatedState: NOT_TRANSLATED.has(t.state) }
  }

  return {
    open(name, attrs) {
      const parent = stack[stack.length - 1]
      stack.push(name)
      if (inline) return inline.open(name, attrs)
      switch (name) {
        case 'file':
          srcLang = attrs['source-language'] ?? ''
          tgtLang = attrs['target-language'] ?? ''
          translate.push(attrs.translate !== 'no')
          return
        case 'group':
          translate.push(attrs.translate ? attrs.translate !== 'no' : translate[translate.length - 1])
          return
        case 'trans-unit':
          if (tu) ctx.fail('<trans-unit> inside <trans-unit>', 'exchange.xliff.nestedUnit')
          count++
          tu = {
            id: attrs.id || String(count),
            line: ctx.position().line,
            translate: attrs.translate ? attrs.translate !== 'no' : translate[translate.length - 1],
            state: '',
            mqStatus: attrs['mq:status'] ?? '',
            codes: new CodeNumbers(),
            source: null,
            segSource: null,
            target: undefined,
            conf: new Map()
          }
          return
        case 'source':
        case 'seg-source':
        case 'target':
          // Only the unit's own: <alt-trans> carries source and target elements of other translations.
          if (!tu || parent !== 'trans-unit') return
          if (name === 'target') tu.state = attrs.state ?? ''
          inline = new InlineText(1, tu.codes)
          inlineFor = name
          inlineDepth = stack.length
          return
        case 'seg':
          // SDLXLIFF: <sdl:seg-defs><sdl:seg id="3" conf="Translated"/></sdl:seg-defs>
          if (tu && parent === 'seg-defs' && attrs.id !== undefined && attrs.conf) tu.conf.set(attrs.id, attrs.conf)
          else if (tu && parent === 'seg-defs' && attrs.id !== undefined) tu.conf.set(attrs.id, '')
          return
      }
    },
    close(name) {
      if (inline && stack.length === inlineDepth) {
        const result = inline.result()
        inline = null
        if (tu) {
          if (inlineFor === 'source') tu.source = result
          else if (inlineFor === 'seg-source') tu.segSource = result
          else tu.target = result
        }
      } else if (inline) inline.close()
      stack.pop()
      if (inline) return
      if (name === 'trans-unit' && tu) {
        finish(tu)
        tu = null
      } else if (name === 'file' || name === 'group') translate.pop()
    },
    text(t) {
      inline?.text(t)
    },
    wantsText: () => inline !== null
  }
}
