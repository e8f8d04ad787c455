/**
 * The body of a browser-mode upload (`POST /api/corpus/upload`, JSON `{"arg":{"files":[{"name":…,
 * "base64":…}],…}}`, hundreds of MB for a large PDF), read as it streams in: every `arg.files[i].base64`
 * string is decoded straight to a file of the upload spool and replaced by `spooled: <id>`, everything
 * else is parsed as ordinary JSON under a small budget. Memory stays flat whatever the size, instead of
 * the body, its string and its decoded copy all in memory at once (1.7 GB for a 315 MB body).
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import type { Readable } from 'node:stream'

import type { UploadSpool } from './corpus/upload-spool'

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string
  ) {
    super(message)
  }
}

export interface UploadLimits {
  /** Decoded bytes of all files together. */
  maxFileBytes: number
  /** Characters of everything that is not a file's content (names, the job id, syntax). */
  maxOtherChars: number
}

type Container =
  { kind: 'object'; value: Record<string, unknown>; key: string | null } | { kind: 'array'; value: unknown[] }

/** Reads the upload body from `req`; returns the parsed envelope and the spool ids it created. */
export async function readUploadBody(
  req: Readable,
  spool: UploadSpool,
  limits: UploadLimits
): Promise<{ envelope: unknown; spooled: string[] }> {
  const parser = new UploadParser(spool, limits)
  try {
    for await (const chunk of req) await parser.feed(chunk as Buffer)
    return { envelope: parser.finish(), spooled: parser.spooled }
  } catch (error) {
    await parser.abort()
    throw error
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/**
 * A small streaming JSON parser over bytes: containers on a stack, one token at a time, strings across
 * chunks. A file's content is never turned into one string: its base64 is decoded a chunk at a time.
 */
class UploadParser {
  readonly spooled: string[] = []
  private readonly stack: Container[] = []
  private root: unknown = undefined
  private done = false
  /** Inside a string: its bytes so far (UTF-8, decoded when it ends) and pending escape state. */
  private str: { parts: Buffer[]; text: string; escape: boolean; unicode: string | null } | null = null
  /** Inside a file's content: base64 characters not yet decoded (fewer than four) and the file. */
  private file: { sink: FileSink; rest: string; escape: boolean } | null = null
  /** Inside a number or literal. */
  private bare = ''
  private other = 0
  private fileBytes = 0

  constructor(
    private readonly spool: UploadSpool,
    private readonly limits: UploadLimits
  ) {}

  async feed(chunk: Buffer): Promise<void> {
    let i = 0
    while (i < chunk.length) {
      if (this.file) i = await this.inFile(chunk, i)
      else if (this.str) i = this.inString(chunk, i)
      else i = this.structure(chunk, i)
    }
  }

  private structure(chunk: Buffer, from: number): number {
    for (let i = from; i < chunk.length; i++) {
      const c = String.fromCharCode(chunk[i])
      this.count(1)
      if (this.bare && !/[\w.+-]/.test(c)) this.endBare()
      if (this.bare || /[\w.+-]/.test(c)) {
        this.bare += c
        continue
      }
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue
      if (this.done) throw bad('text after the end of the JSON body')
      switch (c) {
        case '{':
          this.stack.push({ kind: 'object', value: {}, key: null })
          break
        case '[':
          this.stack.push({ kind: 'array', value: [] })
          break
        case '}':
        case ']':
          this.close(c)
          break
        case ':':
        case ',':
          break // where values land is checked; the envelope is then validated as a whole
        case '"':
          if (this.startsFile()) {
            const { id, path } = this.spool.reserve('upload')
            this.spooled.push(id)
            this.file = { sink: new FileSink(id, path), rest: '', escape: false }
          } else this.str = { parts: [], text: '', escape: false, unicode: null }
          return i + 1
        default:
          throw bad(`unexpected "${c}"`)
      }
    }
    return chunk.length
  }

  private count(n: number): void {
    this.other += n
    if (this.other > this.limits.maxOtherChars) throw new BodyError(413, 'Request too large')
  }

  /** Whether the string starting now is the value of `arg.files[i].base64`. */
  private startsFile(): boolean {
    const [root, arg, files, file] = this.stack
    return (
      this.stack.length === 4 &&
      root.kind === 'object' &&
      root.key === 'arg' &&
      arg.kind === 'object' &&
      arg.key === 'files' &&
      files.kind === 'array' &&
      file.kind === 'object' &&
      file.key === 'base64'
    )
  }

  /** A file's content: base64 up to the closing quote, decoded and written in blocks of four characters. */
  private async inFile(chunk: Buffer, from: number): Promise<number> {
    const f = this.file!
    let i = from
    if (f.escape) {
      // JSON may escape "/" as "\/"; nothing else belongs in base64.
      if (chunk[i] !== 0x2f) throw bad('a file’s content is not base64')
      f.rest += '/'
      f.escape = false
      i++
    }
    const quote = chunk.indexOf(QUOTE, i)
    const slash = chunk.indexOf(BACKSLASH, i)
    const end = quote < 0 ? (slash < 0 ? chunk.length : slash) : slash < 0 ? quote : Math.min(quote, slash)
    const text = f.rest + chunk.toString('latin1', i, end)
    const last = end === quote
    const usable = last ? text.length : text.length - (text.length % 4)
    f.rest = text.slice(usable)
    if (usable > 0) {
      const bytes = Buffer.from(usable === text.length ? text : text.slice(0, usable), 'base64')
      this.fileBytes += bytes.length
      if (this.fileBytes > this.limits.maxFileBytes) throw new BodyError(413, 'Upload too large')
      await f.sink.write(bytes)
    }
    if (end === chunk.length) return end
    if (!last) {
      f.escape = true
      return end + 1
    }
    await f.sink.close()
    this.file = null
    this.value({ spooled: f.sink.id }, true)
    return end + 1
  }

  private inString(chunk: Buffer, from: number): number {
    const s = this.str!
    for (let i = from; i < chunk.length; i++) {
      const b = chunk[i]
      this.count(1)
      if (s.unicode !== null || s.escape) from = i + 1 // escape sequences are not text bytes
      if (s.unicode !== null) {
        s.unicode += String.fromCharCode(b)
        if (s.unicode.length === 4) {
          if (!/^[0-9a-fA-F]{4}$/.test(s.unicode)) throw bad('bad \\u escape')
          s.text += String.fromCharCode(parseInt(s.unicode, 16))
          s.unicode = null
        }
      } else if (s.escape) {
        s.escape = false
        const c = String.fromCharCode(b)
        if (c === 'u') s.unicode = ''
        else if (c in ESCAPES) s.text += ESCAPES[c]
        else throw bad(`bad escape \\${c}`)
      } else if (b === BACKSLASH || b === QUOTE) {
        // Escapes and the quote are ASCII: the bytes before them are whole UTF-8 characters.
        s.parts.push(chunk.subarray(from, i))
        s.text += Buffer.concat(s.parts).toString('utf8')
        s.parts = []
        from = i + 1
        if (b === BACKSLASH) s.escape = true
        else {
          this.str = null
          this.value(s.text)
          return i + 1
        }
      }
    }
    s.parts.push(Buffer.from(chunk.subarray(from)))
    return chunk.length
  }

  private close(c: '}' | ']'): void {
    const top = this.stack.pop()
    if (!top || (c === '}') !== (top.kind === 'object')) throw bad(`unexpected "${c}"`)
    this.value(top.value, false, true)
  }

  private endBare(): void {
    const token = this.bare
    this.bare = ''
    let value: unknown
    if (token === 'true') value = true
    else if (token === 'false') value = false
    else if (token === 'null') value = null
    else if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(token)) value = Number(token)
    else throw bad(`unexpected "${token.slice(0, 20)}"`)
    this.value(value)
  }

  /** Places a finished value: as the pending key of an object, its value, an array item, or the root. */
  private value(value: unknown, fileValue = false, closed = false): void {
    const top = this.stack[this.stack.length - 1]
    if (!top) {
      if (this.done) throw bad('text after the end of the JSON body')
      this.root = value
      this.done = true
      return
    }
    if (top.kind === 'array') {
      top.value.push(value)
      return
    }
    if (top.key === null) {
      if (typeof value !== 'string' || closed) throw bad('an object key must be a string')
      top.key = value
      return
    }
    if (fileValue) Object.assign(top.value, value as object)
    else top.value[top.key] = value
    top.key = null
  }

  finish(): unknown {
    if (this.bare) this.endBare()
    if (this.str || this.file || this.stack.length > 0 || !this.done) throw bad('the JSON body ends too early')
    return this.root
  }

  async abort(): Promise<void> {
    await this.file?.sink.close().catch(() => undefined)
    for (const id of this.spooled) this.spool.release(id)
  }
}

function bad(message: string): BodyError {
  return new BodyError(400, `Malformed request body: ${message}`)
}

/** A spool file written with back-pressure: awaiting a full buffer instead of queueing in memory. */
class FileSink {
  private readonly stream: WriteStream
  private failure: Error | null = null

  constructor(
    readonly id: string,
    path: string
  ) {
    this.stream = createWriteStream(path)
    this.stream.on('error', (error) => (this.failure = error))
  }

  async write(bytes: Buffer): Promise<void> {
    if (this.failure) throw this.failure
    if (!this.stream.write(bytes)) await new Promise<void>((resolve) => this.stream.once('drain', resolve))
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.stream.closed) return resolve()
      this.stream.end(() => (this.failure ? reject(this.failure) : resolve()))
    })
  }
}
