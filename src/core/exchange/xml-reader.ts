/**
 * Secure streaming XML reading on top of XmlScanner (xml-scanner.ts), which never fetches external DTDs
 * or entities and never expands any entity but the five predefined ones; on top of that we refuse any
 * DOCTYPE that declares entities, the moment the DOCTYPE has been read (before the body, where an entity
 * bomb would be referenced). A DOCTYPE that only names an external DTD (TBX v2's
 * `SYSTEM "TBXBasiccoreStructV02.dtd"`, TMX's `tmx14.dtd`) is accepted and ignored: it is never loaded.
 * Every error is a FormatError carrying the file, line and column.
 */
import { FormatError, type MessageParams } from './model'
import { XmlScanner } from './xml-scanner'

export type XmlChunks = AsyncIterable<string> | Iterable<string>

/** Stops the read with a FormatError at the current position. */
export type XmlFail = (message: string, key?: string, params?: MessageParams) => never

/** Line and column (1-based) of the token being handled: where a reader says a unit starts. */
export type XmlPosition = () => { line: number; column: number }

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void
  close(name: string): void
  text(text: string): void
  /** See XmlScanHandlers.wantsText. */
  wantsText?(): boolean
}

/** Local part of a qualified name: `basic:term` → `term`. */
export function localName(qname: string): string {
  const i = qname.indexOf(':')
  return i < 0 ? qname : qname.slice(i + 1)
}

/**
 * Feeds the chunks through the scanner, calling the handlers; after each slice, yields what the
 * handlers pushed into `queue`. The handlers may throw `fail(message)` to stop with the current position
 * (with a `key` and `params` when the UI should say it in its own language: see FormatError).
 */
export async function* readXml<T>(
  chunks: XmlChunks,
  fileName: string,
  makeHandlers: (ctx: { queue: T[]; fail: XmlFail; position: XmlPosition }) => XmlHandlers
): AsyncGenerator<T> {
  let scanner: XmlScanner | null = null
  const fail: XmlFail = (message, key, params) => {
    if (scanner) return scanner.fail(message, undefined, key, params)
    throw new FormatError(fileName, 1, 1, message, key, params)
  }
  const queue: T[] = []
  const position: XmlPosition = () => (scanner ? scanner.position() : { line: 1, column: 1 })
  const h = makeHandlers({ queue, fail, position })
  scanner = new XmlScanner(fileName, {
    open: (name, attrs) => h.open(localName(name), attrs),
    close: (name) => h.close(localName(name)),
    text: (t) => h.text(t),
    wantsText: h.wantsText ? () => (h.wantsText as () => boolean)() : undefined,
    doctype: (doctype) => {
      if (/<!ENTITY/i.test(doctype)) fail('DOCTYPE/entities not allowed', 'exchange.xml.entitiesRefused')
    }
  })

  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') fail('input chunks must be strings (decode bytes first)')
    // Large chunks are fed in slices so a whole file passed as one string still streams its results.
    for (let i = 0; i < chunk.length;) {
      const end = Math.min(i + SLICE, chunk.length)
      scanner.write(i === 0 && end === chunk.length ? chunk : chunk.slice(i, end))
      i = end
      if (queue.length > 0) yield* queue.splice(0)
    }
  }
  scanner.end()
  if (queue.length > 0) yield* queue.splice(0)
}

const SLICE = 1 << 18
