/**
 * Secure streaming XML reading on top of saxes. saxes never fetches external DTDs or entities and never
 * expands entities declared in a DTD; on top of that we refuse any DOCTYPE that declares entities, the
 * moment the DOCTYPE has been read (before the body, where an entity bomb would be referenced).
 * A DOCTYPE that only names an external DTD (TBX v2's `SYSTEM "TBXBasiccoreStructV02.dtd"`, TMX's
 * `tmx14.dtd`) is accepted and ignored: it is never loaded.
 * Every parser error becomes a FormatError carrying saxes' line and column.
 */
import { SaxesParser } from 'saxes'
import { FormatError } from './model'

export type XmlChunks = AsyncIterable<string> | Iterable<string>

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void
  close(name: string): void
  text(text: string): void
}

/** Local part of a qualified name: `basic:term` → `term`. */
export function localName(qname: string): string {
  const i = qname.indexOf(':')
  return i < 0 ? qname : qname.slice(i + 1)
}

/**
 * Feeds the chunks through saxes, calling the handlers; after each chunk, yields what the handlers
 * pushed into `queue`. The handlers may throw `fail(message)` to stop with the current position.
 */
export async function* readXml<T>(
  chunks: XmlChunks,
  fileName: string,
  makeHandlers: (ctx: { queue: T[]; fail: (message: string) => never }) => XmlHandlers
): AsyncGenerator<T> {
  const parser = new SaxesParser({ fileName, position: true })
  const fail = (message: string): never => {
    throw new FormatError(fileName, parser.line, parser.column + 1, message)
  }
  const queue: T[] = []
  const h = makeHandlers({ queue, fail })
  parser.on('error', (err: Error) => {
    // saxes prefixes "file:line:col: "; keep only the message, the position goes in the fields.
    const msg = err.message.replace(/^.*?:\d+:\d+: /, '')
    fail(msg)
  })
  parser.on('doctype', (doctype: string) => {
    if (/<!ENTITY/i.test(doctype)) fail('DOCTYPE/entities not allowed')
  })
  parser.on('opentag', (tag) => h.open(localName(tag.name), tag.attributes as Record<string, string>))
  parser.on('closetag', (tag) => h.close(localName(tag.name)))
  parser.on('text', (t: string) => h.text(t))
  parser.on('cdata', (t: string) => h.text(t))

  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') fail('input chunks must be strings (decode bytes first)')
    // Large chunks are fed in slices so a whole file passed as one string still streams its results.
    for (let i = 0; i < chunk.length;) {
      let end = Math.min(i + SLICE, chunk.length)
      const code = chunk.charCodeAt(end - 1)
      if (end < chunk.length && code >= 0xd800 && code <= 0xdbff) end++ // never split a surrogate pair
      parser.write(chunk.slice(i, end))
      i = end
      if (queue.length > 0) yield* queue.splice(0)
    }
  }
  parser.close()
  if (queue.length > 0) yield* queue.splice(0)
}

const SLICE = 1 << 16
