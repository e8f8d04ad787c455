/**
 * A small, strict, streaming XML 1.0 tokenizer for the files Shuyu reads (TBX, TMX). It replaced
 * saxes, which was about a third of a 100,000-concept TBX import: this one finds markup with
 * `indexOf`, slices text instead of building it character by character, and decodes references only
 * in text that contains `&`.
 *
 * It is a well-formedness checker, not a validator: tags must nest and match, one root, attributes
 * quoted and unique, no `<` in attribute values, no `]]>` or stray text outside the root, comments
 * without `--`, characters XML 1.0 allows. Line ends are normalised (CRLF, CR → LF) and attribute
 * values normalised (literal TAB/LF → space; `&#10;` stays LF), as the spec says.
 *
 * Security: only the five predefined entities and character references are understood; any other
 * `&name;` is an error. A DOCTYPE is parsed past (never loaded, never interpreted) and handed to
 * `doctype` so the caller can refuse entity declarations before any of the body is read.
 * Every error is a FormatError with the file, line and column where it was found.
 */
import { FormatError, type MessageParams } from './model'

export interface XmlScanHandlers {
  /** `name` is the qualified name as written; attributes keyed by qualified name. */
  open(name: string, attrs: Record<string, string>): void
  close(name: string): void
  text(text: string): void
  /**
   * False when the innermost open element's text is of no use (indentation between structural
   * elements): white-space-only text is then skipped without being sliced out. Other text is still
   * checked and handed to `text`, so well-formedness does not depend on it.
   */
  wantsText?(): boolean
  /** The whole `<!DOCTYPE …>` declaration, before anything after it is read. */
  doctype?(text: string): void
}

/** Characters XML 1.0 forbids, anywhere in a document (surrogates are checked pairwise below). */
// eslint-disable-next-line no-control-regex
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** XML 1.0 production 23: version, then optional encoding and standalone, in that order. */
const XML_DECL =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>$/
const NOT_WHITESPACE = /[^ \t\n]/
/** Text that does not end with a complete entity reference is held back until more arrives. */
const LONG_TEXT = 1 << 20

// Null-prototype records: an attribute named __proto__ or constructor is data like any other.
const NO_ATTRS: Record<string, string> = Object.freeze(Object.create(null)) as Record<string, string>

/** Buckets of the fast name table, and names per bucket (see intern). */
const MAX_BUCKETS = 512
const MAX_PER_BUCKET = 8
/**
 * Distinct element and attribute names one document may use. TBX and TMX files use a few dozen; a file
 * with thousands is not one of them (a hostile one had 100,000 on 1 MB), and refusing it keeps the name
 * table's memory bounded.
 */
export const MAX_DISTINCT_NAMES = 10_000

const enum Phase {
  Prolog,
  Body,
  Epilog
}

export class XmlScanner {
  private buf = ''
  private pos = 0
  /** Line and column of buf[0]. */
  private baseLine = 1
  private baseCol = 1
  /** Index in buf just after the token being handled: where handler failures are reported. */
  private at = 0
  private carry = ''
  private phase = Phase.Prolog
  private started = false
  private sawDoctype = false
  private readonly stack: string[] = []
  /** The line reached at buf[index] by the last locate(), and where that line starts (-1: before buf). */
  private lineMemo = { index: 0, line: 1, lineStart: -1 }
  /** Interned element and attribute names, by first character and length (see intern). */
  private readonly names = new Map<number, string[]>()
  /** Every distinct name seen, for the names the fast table has no room for. */
  private readonly allNames = new Map<string, string>()

  constructor(
    private readonly fileName: string,
    private readonly h: XmlScanHandlers
  ) {}

  /** Line and column (1-based) where a handler's complaint is reported. */
  position(): { line: number; column: number } {
    return this.locate(this.at)
  }

  /** Stops with a FormatError at `index`; `key` and `params` let the UI say `message` in its language. */
  fail(message: string, index = this.at, key?: string, params?: MessageParams): never {
    const { line, column } = this.locate(index)
    throw new FormatError(this.fileName, line, column, message, key, params)
  }

  write(chunk: string): void {
    let s = this.carry + chunk
    this.carry = ''
    const last = s.charCodeAt(s.length - 1)
    // A CR may be the first half of CRLF, a high surrogate the first half of a pair: wait for the rest.
    if (last === 13 || (last >= 0xd800 && last <= 0xdbff)) {
      this.carry = s.slice(-1)
      s = s.slice(0, -1)
    }
    this.append(s)
    this.scan(false)
  }

  /** End of input: everything must be closed. */
  end(): void {
    const rest = this.carry
    this.carry = ''
    if (rest) this.append(rest)
    this.scan(true)
    if (this.stack.length > 0) {
      const tag = this.stack[this.stack.length - 1]
      this.fail(`unclosed tag: <${tag}>`, this.buf.length, 'exchange.xml.unclosedTag', { tag })
    }
    if (this.phase === Phase.Prolog) {
      this.fail('document must contain a root element', this.buf.length, 'exchange.xml.noRoot')
    }
  }

  private append(s: string): void {
    if (!s) return
    if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n')
    if (!this.started && s.charCodeAt(0) === 0xfeff) s = s.slice(1)
    this.compact()
    const from = this.buf.length
    this.buf += s
    if (MAYBE_ILLEGAL.test(s)) {
      const m = ILLEGAL.exec(s)
      if (m) {
        const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
        this.fail(`illegal character U+${code}`, from + m.index, 'exchange.xml.illegalChar', { code })
      }
    }
  }

  /** Drops the consumed part of the buffer, moving the base position past it. */
  private compact(): void {
    if (this.pos === 0) return
    const { line, column } = this.locate(this.pos)
    this.baseLine = line
    this.baseCol = column
    this.buf = this.buf.slice(this.pos)
    this.at -= this.pos
    this.pos = 0
    this.lineMemo = { index: 0, line: this.baseLine, lineStart: -1 }
  }

  private locate(index: number): { line: number; column: number } {
    const end = Math.min(index, this.buf.length)
    // Readers ask for the position of every unit (position()): counting from the last answer, not from the
    // buffer's start, keeps that linear in the buffer instead of quadratic.
    const memo = this.lineMemo
    const from = memo.index <= end ? memo : { index: 0, line: this.baseLine, lineStart: -1 }
    let line = from.line
    let lineStart = from.lineStart
    for (let i = this.buf.indexOf('\n', from.index); i >= 0 && i < end; i = this.buf.indexOf('\n', i + 1)) {
      line++
      lineStart = i
    }
    this.lineMemo = { index: end, line, lineStart }
    return { line, column: lineStart < 0 ? this.baseCol + end : end - lineStart }
  }

  private scan(final: boolean): void {
    const buf = this.buf
    const len = buf.length
    let pos = this.pos
    while (pos < len) {
      const lt = buf.indexOf('<', pos)
      if (lt < 0) {
        if (final) pos = this.text(pos, len)
        else if (len - pos > LONG_TEXT) pos = this.text(pos, safeTextEnd(buf, pos, len))
        break
      }
      if (lt > pos) this.text(pos, lt)
      pos = lt
      this.started = true
      const next = lt + 1 < len ? buf.charCodeAt(lt + 1) : -1
      let end: number
      if (next === -1) end = -1
      else if (next === 47 /* / */) end = this.closeTag(lt)
      else if (next === 33 /* ! */) end = this.bang(lt, final)
      else if (next === 63 /* ? */) end = this.instruction(lt)
      else end = this.openTag(lt)
      if (end < 0) {
        if (final) this.fail('unexpected end of file inside markup', len, 'exchange.xml.unexpectedEnd')
        break
      }
      pos = end
    }
    this.pos = pos
  }

  /** Handles text buf[start, end); returns end. */
  private text(start: number, end: number): number {
    if (start >= end) return end
    if (this.stack.length === 0) {
      const m = NOT_WHITESPACE.exec(this.buf.slice(start, end))
      if (m) this.fail('text outside the root element', start + m.index, 'exchange.xml.textOutsideRoot')
      return end
    }
    if (this.h.wantsText && !this.h.wantsText() && isBlank(this.buf, start, end)) return end
    let t = this.buf.slice(start, end)
    const cdataEnd = t.indexOf(']]>')
    if (cdataEnd >= 0) {
      this.fail('"]]>" is not allowed in text', start + cdataEnd, 'exchange.xml.cdataEndInText')
    }
    if (t.indexOf('&') >= 0) t = this.decode(t, start)
    this.at = end
    this.h.text(t)
    return end
  }

  private decode(t: string, offset: number): string {
    let out = ''
    let from = 0
    for (let amp = t.indexOf('&'); amp >= 0; amp = t.indexOf('&', from)) {
      const semi = t.indexOf(';', amp + 1)
      if (semi < 0 || semi - amp > 12) {
        this.fail('"&" must start an entity or character reference', offset + amp, 'exchange.xml.bareAmpersand')
      }
      out += t.slice(from, amp) + this.reference(t.slice(amp + 1, semi), offset + amp)
      from = semi + 1
    }
    return out + t.slice(from)
  }

  private reference(name: string, index: number): string {
    switch (name) {
      case 'amp':
        return '&'
      case 'lt':
        return '<'
      case 'gt':
        return '>'
      case 'quot':
        return '"'
      case 'apos':
        return "'"
    }
    if (name.charCodeAt(0) !== 35 /* # */) {
      this.fail(`undefined entity "&${name};"`, index, 'exchange.xml.undefinedEntity', { entity: `&${name};` })
    }
    const hex = name.charCodeAt(1) === 120 /* x */
    const digits = name.slice(hex ? 2 : 1)
    if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
      this.fail(`malformed character reference "&${name};"`, index, 'exchange.xml.badCharRef', {
        reference: `&${name};`
      })
    }
    const code = parseInt(digits, hex ? 16 : 10)
    const legal =
      code === 9 ||
      code === 10 ||
      code === 13 ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff)
    if (!legal) {
      this.fail(
        `character reference "&${name};" names a character XML does not allow`,
        index,
        'exchange.xml.illegalCharRef',
        { reference: `&${name};` }
      )
    }
    return String.fromCodePoint(code)
  }

  /** `<name attr="v" …>` or `<name …/>`: returns the index after it, or -1 when the buffer ends first. */
  private openTag(lt: number): number {
    const buf = this.buf
    const len = buf.length
    let i = nameEnd(buf, lt + 1)
    if (i === lt + 1) this.fail('disallowed character in tag name', lt + 1, 'exchange.xml.badTagName')
    if (i >= len) return -1
    const name = this.intern(lt + 1, i)
    if (this.phase === Phase.Epilog) {
      this.fail(`a second root element <${name}>`, lt, 'exchange.xml.secondRoot', { tag: name })
    }
    // Most elements carry no attribute: they share one frozen empty record instead of allocating one.
    if (buf.charCodeAt(i) === 62 /* > */) return this.opened(name, NO_ATTRS, false, i + 1)
    let attrs: Record<string, string> = NO_ATTRS
    for (;;) {
      const ws = i
      while (i < len && isSpace(buf.charCodeAt(i))) i++
      if (i >= len) return -1
      const c = buf.charCodeAt(i)
      if (c === 62 /* > */) return this.opened(name, attrs, false, i + 1)
      if (c === 47 /* / */) {
        if (i + 1 >= len) return -1
        if (buf.charCodeAt(i + 1) !== 62) {
          this.fail('"/" must be followed by ">" in a tag', i + 1, 'exchange.xml.slashInTag')
        }
        return this.opened(name, attrs, true, i + 2)
      }
      if (i === ws) this.fail('attributes must be separated by white space', i, 'exchange.xml.attrSpace')
      const nameStart = i
      i = nameEnd(buf, i)
      if (i === nameStart) this.fail('disallowed character in attribute name', i, 'exchange.xml.badAttrName')
      const attr = this.intern(nameStart, i)
      while (i < len && isSpace(buf.charCodeAt(i))) i++
      if (i >= len) return -1
      if (buf.charCodeAt(i) !== 61 /* = */) {
        this.fail(`attribute ${attr} without a value`, i, 'exchange.xml.attrNoValue', { attribute: attr })
      }
      i++
      while (i < len && isSpace(buf.charCodeAt(i))) i++
      if (i >= len) return -1
      const q = buf.charCodeAt(i)
      if (q !== 34 && q !== 39) this.fail('attribute values must be quoted', i, 'exchange.xml.attrUnquoted')
      const close = buf.indexOf(q === 34 ? '"' : "'", i + 1)
      if (close < 0) return -1
      let value = buf.slice(i + 1, close)
      const lessThan = value.indexOf('<')
      if (lessThan >= 0) {
        this.fail('"<" is not allowed in attribute values', i + 1 + lessThan, 'exchange.xml.ltInAttr')
      }
      if (/[\t\n]/.test(value)) value = value.replace(/[\t\n]/g, ' ')
      if (value.indexOf('&') >= 0) value = this.decode(value, i + 1)
      if (attrs === NO_ATTRS) attrs = Object.create(null) as Record<string, string>
      else if (Object.prototype.hasOwnProperty.call(attrs, attr)) {
        this.fail(`duplicate attribute ${attr}`, nameStart, 'exchange.xml.duplicateAttr', { attribute: attr })
      }
      attrs[attr] = value
      i = close + 1
    }
  }

  private opened(name: string, attrs: Record<string, string>, empty: boolean, end: number): number {
    this.at = end
    this.phase = Phase.Body
    this.stack.push(name)
    this.h.open(name, attrs)
    if (empty) this.closed(end)
    return end
  }

  private closed(end: number): void {
    const name = this.stack.pop() as string
    if (this.stack.length === 0) this.phase = Phase.Epilog
    this.at = end
    this.h.close(name)
  }

  private closeTag(lt: number): number {
    const buf = this.buf
    const gt = buf.indexOf('>', lt + 2)
    if (gt < 0) return -1
    let stop = gt
    while (stop > lt + 2 && isSpace(buf.charCodeAt(stop - 1))) stop--
    const open = this.stack[this.stack.length - 1]
    // The usual case, compared in place without slicing the name out.
    if (open !== undefined && stop - lt - 2 === open.length && buf.startsWith(open, lt + 2)) {
      this.closed(gt + 1)
      return gt + 1
    }
    const name = buf.slice(lt + 2, stop)
    if (open === undefined) {
      this.fail(`closing tag </${name}> without an open element`, lt, 'exchange.xml.closeWithoutOpen', { tag: name })
    }
    if (name !== open) {
      this.fail(`unexpected close tag </${name}>; expected </${open}>`, lt, 'exchange.xml.mismatchedTag', {
        tag: name,
        expected: open
      })
    }
    this.closed(gt + 1)
    return gt + 1
  }

  /**
   * buf[start, end) as a string, the same string object every time a name recurs: a file has a few
   * dozen distinct names, and handing out one object per name (instead of a fresh slice per tag) makes
   * the handlers' Set lookups and switches hit cached hashes and identical references.
   *
   * Two tables keep this linear whatever the file holds. The fast one compares in place, without slicing,
   * but holds at most MAX_PER_BUCKET names per (first character, length) bucket: an unbounded bucket made
   * a file with 100,000 distinct names quadratic (61 s for 1 MB). Names it has no room for are sliced and
   * looked up by hash in the full table, which refuses a document past MAX_DISTINCT_NAMES names.
   */
  private intern(start: number, end: number): string {
    const len = end - start
    const key = this.buf.charCodeAt(start) * 64 + (len & 63)
    const list = this.names.get(key)
    if (list) {
      for (const n of list) if (n.length === len && this.buf.startsWith(n, start)) return n
    }
    const slice = this.buf.slice(start, end)
    let name = this.allNames.get(slice)
    if (name === undefined) {
      if (this.allNames.size >= MAX_DISTINCT_NAMES) {
        this.fail(
          `more than ${MAX_DISTINCT_NAMES} distinct element and attribute names: not a glossary or memory file`,
          start,
          'exchange.xml.tooManyNames',
          { limit: MAX_DISTINCT_NAMES }
        )
      }
      // A flat copy: a slice would keep the whole decoded chunk it was cut from alive.
      name = (' ' + slice).slice(1)
      this.allNames.set(name, name)
    }
    if (!list) {
      if (this.names.size < MAX_BUCKETS) this.names.set(key, [name])
    } else if (list.length < MAX_PER_BUCKET) list.push(name)
    return name
  }

  /** Comments, CDATA sections and the DOCTYPE. */
  private bang(lt: number, final: boolean): number {
    const buf = this.buf
    if (buf.startsWith('<!--', lt)) {
      const close = buf.indexOf('-->', lt + 4)
      if (close < 0) return -1
      const dashes = buf.indexOf('--', lt + 4)
      if (dashes < close || (close > lt + 4 && buf.charCodeAt(close - 1) === 45)) {
        this.fail('"--" is not allowed inside a comment', dashes, 'exchange.xml.doubleDash')
      }
      return close + 3
    }
    if (buf.startsWith('<![CDATA[', lt)) {
      if (this.stack.length === 0) {
        this.fail('CDATA outside the root element', lt, 'exchange.xml.cdataOutsideRoot')
      }
      const close = buf.indexOf(']]>', lt + 9)
      if (close < 0) return -1
      this.at = close + 3
      this.h.text(buf.slice(lt + 9, close))
      return close + 3
    }
    if (buf.startsWith('<!DOCTYPE', lt)) return this.doctype(lt)
    const head = buf.slice(lt)
    if (!final && head.length < 9 && ['<!--', '<![CDATA[', '<!DOCTYPE'].some((m) => m.startsWith(head))) return -1
    return this.fail('unknown markup declaration', lt, 'exchange.xml.unknownDeclaration')
  }

  private doctype(lt: number): number {
    if (this.phase !== Phase.Prolog || this.sawDoctype) {
      this.fail('a DOCTYPE is allowed only once, before the root', lt, 'exchange.xml.doctypePlace')
    }
    const buf = this.buf
    let quote = 0
    let subset = false
    for (let i = lt + 9; i < buf.length; i++) {
      const c = buf.charCodeAt(i)
      if (quote) {
        if (c === quote) quote = 0
      } else if (c === 34 || c === 39) quote = c
      else if (c === 91 /* [ */) subset = true
      else if (c === 93 /* ] */) subset = false
      else if (c === 62 /* > */ && !subset) {
        this.sawDoctype = true
        this.at = i + 1
        this.h.doctype?.(buf.slice(lt, i + 1))
        return i + 1
      } else if (c === 60 /* < */ && subset && buf.startsWith('<!--', i)) {
        const close = buf.indexOf('-->', i + 4)
        if (close < 0) return -1
        i = close + 2
      }
    }
    return -1
  }

  private instruction(lt: number): number {
    const buf = this.buf
    const close = buf.indexOf('?>', lt + 2)
    if (close < 0) return -1
    const targetEnd = nameEnd(buf, lt + 2)
    const target = buf.slice(lt + 2, targetEnd)
    if (!target) this.fail('processing instruction without a target', lt + 2, 'exchange.xml.piNoTarget')
    if (targetEnd !== close && !isSpace(buf.charCodeAt(targetEnd))) {
      this.fail(
        'a processing instruction target must be followed by white space',
        targetEnd,
        'exchange.xml.piTargetSpace'
      )
    }
    if (target.toLowerCase() === 'xml') {
      if (lt !== 0 || this.baseLine !== 1 || this.baseCol !== 1) {
        this.fail('the XML declaration is allowed only at the very start', lt, 'exchange.xml.declarationPlace')
      }
      if (!XML_DECL.test(buf.slice(lt, close + 2))) {
        this.fail('malformed XML declaration', lt, 'exchange.xml.badDeclaration')
      }
    }
    return close + 2
  }
}

/** Index just past the XML name starting at `i` (a lenient NameChar set: ASCII rules, any non-ASCII letter). */
function nameEnd(s: string, i: number): number {
  const start = i
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const ok =
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      c === 95 ||
      c === 58 ||
      c >= 0xc0 ||
      (i > start && ((c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7))
    if (!ok) break
  }
  return i
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(s.charCodeAt(i))) return false
  return true
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13
}

/** Where long text can be cut without splitting an entity reference. */
function safeTextEnd(buf: string, pos: number, len: number): number {
  const amp = buf.lastIndexOf('&', len - 1)
  return amp >= pos && buf.indexOf(';', amp) < 0 ? amp : len
}
