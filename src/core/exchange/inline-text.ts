/**
 * The text of one XLIFF `<source>`, `<seg-source>` or `<target>` with its inline markup resolved: codes
 * become placeholders (inline-codes.ts), the native data inside XLIFF 1.2's `<bpt> <ept> <ph> <it>` (and the
 * `<sub>` flows in them) is dropped, annotation markers keep their text. XLIFF 1.2's segment markers
 * (`<mrk mtype="seg" mid="…">`, used by seg-source, SDLXLIFF and segmented targets) split the text into
 * segments keyed by mid.
 */
import { closeCode, type CodeNumbers, openCode } from './inline-codes'

export interface InlineResult {
  /** All the text, segments included, in order. */
  text: string
  /** The `<mrk mtype="seg">` segments, in order (empty when the element has none). */
  segments: { mid: string; text: string }[]
}

/** What closing an element does. */
const enum Close {
  Nothing,
  /** Leaves native code content. */
  EndDrop,
  /** Ends a `<mrk mtype="seg">` segment. */
  EndSegment,
  /** Writes the closing placeholder kept in `closers`. */
  Emit
}

/** XLIFF 1.2 codes whose content is native data, not text. */
const NATIVE_V1 = new Set(['bpt', 'ept', 'ph', 'it'])

export class InlineText {
  private all = ''
  private readonly segments: { mid: string; text: string }[] = []
  private segment: { mid: string; text: string } | null = null
  /** Depth inside native code content (dropped). */
  private drop = 0
  private readonly actions: Close[] = []
  private readonly closers: string[] = []

  constructor(
    private readonly version: 1 | 2,
    private readonly codes: CodeNumbers
  ) {}

  open(name: string, attrs: Record<string, string>): void {
    if (this.drop > 0) {
      this.drop++
      this.actions.push(Close.EndDrop)
      return
    }
    if (this.version === 1) this.openV1(name, attrs)
    else this.openV2(name, attrs)
  }

  close(): void {
    const action = this.actions.pop()
    if (action === Close.EndDrop) this.drop--
    else if (action === Close.EndSegment) this.segment = null
    else if (action === Close.Emit) this.emit(this.closers.pop() as string)
  }

  text(t: string): void {
    if (this.drop === 0) this.emit(t)
  }

  result(): InlineResult {
    return { text: this.all, segments: this.segments }
  }

  private emit(s: string): void {
    this.all += s
    if (this.segment) this.segment.text += s
  }

  private placeholder(s: string, action: Close = Close.Nothing): void {
    this.emit(s)
    this.actions.push(action)
  }

  /** A code that wraps text (`<g>`, `<pc>`): `{n}` now, `{/n}` when it closes. */
  private paired(n: number): void {
    this.emit(openCode(n))
    this.closers.push(closeCode(n))
    this.actions.push(Close.Emit)
  }

  private openV1(name: string, a: Record<string, string>): void {
    const ref = a.rid ?? a.id
    switch (name) {
      case 'mrk':
        if (a.mtype === 'seg' && !this.segment) {
          this.segment = { mid: a.mid ?? String(this.segments.length + 1), text: '' }
          this.segments.push(this.segment)
          this.actions.push(Close.EndSegment)
        } else this.actions.push(Close.Nothing)
        return
      case 'g':
        return this.paired(this.codes.number(ref))
      case 'x':
      case 'bx':
        return this.placeholder(openCode(this.codes.number(ref)))
      case 'ex':
        return this.placeholder(closeCode(this.codes.number(ref)))
    }
    if (NATIVE_V1.has(name)) {
      const closing = name === 'ept' || (name === 'it' && a.pos === 'close')
      const n = this.codes.number(ref)
      this.drop++
      return this.placeholder(closing ? closeCode(n) : openCode(n), Close.EndDrop)
    }
    // <sub> outside a code, vendor elements: their text is kept.
    this.actions.push(Close.Nothing)
  }

  private openV2(name: string, a: Record<string, string>): void {
    switch (name) {
      case 'pc':
        return this.paired(this.codes.number(a.id))
      case 'ph':
      case 'sc':
        return this.placeholder(openCode(this.codes.number(a.id)))
      case 'ec':
        return this.placeholder(closeCode(this.codes.number(a.startRef ?? a.id)))
      case 'cp': {
        // A character XML cannot carry (a control character): kept as the character, when it is one.
        const code = parseInt(a.hex ?? '', 16)
        return this.placeholder(
          Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
        )
      }
    }
    // <mrk> annotations and <sm/>/<em/> markers: text kept, no placeholder.
    this.actions.push(Close.Nothing)
  }
}
