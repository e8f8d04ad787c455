/**
 * The body of a browser-mode upload (`POST /api/corpus/upload`, JSON `{"arg":{"files":[{"name":…,
 * "base64":…}],…}}`, hundreds of MB for a large PDF), read as it streams in: every `arg.files[i].base64`
 * string is decoded straight to a file of the upload spool and replaced by `spooled: <id>`, everything
 * else is parsed as ordinary JSON under a small budget. Memory stays flat whatever the size, instead of
 * the body, its string and its decoded copy all in memory at once (1.7 GB for a 315 MB body).
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'

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
    const decoder = new StringDecoder('utf8')
    for await (const chunk of req) await parser.feed(decoder.write(chunk as Buffer))
    await parser.feed(decoder.end())
    return { envelope: await parser.finish(), spooled: parser.spooled }
  } catch (error) {
    await parser.abort()
    throw error
  }
}

const WS = new Set([' ', '\t', '\n', '\r'])
const B64 = /^[A-Za-z0-9+/=]*$/
const SPECIAL = /["\\]/g

/** A small streaming JSON parser: containers on a stack, one token at a time, strings across chunks. */
class UploadParser {
  readonly spooled: string[] = []
  private readonly stack: Container[] = []
  private root: unknown = undefined
  private done = false
  /** Inside a string: its text so far (or, for a file's content, the pending base64 characters). */
  private str: { text: string; escape: boolean; unicode: string | null; file: FileSink | null } | null = null
  /** Inside a number or literal. */
  private bare = ''
  private other = 0
  private fileBytes = 0

  constructor(
    private readonly spool: UploadSpool,
    private readonly limits: UploadLimits
  ) {}

  async feed(text: string): Promise<void> {
    let i = 0
    while (i < text.length) {
      if (this.str) {
        i = await this.inString(text, i)
        continue
      }
      const c = text[i]
      if (this.bare && !/[\w.+-]/.test(c)) this.endBare()
      if (this.bare || /[\w.+-]/.test(c)) {
        this.bare += c
        this.count(1)
        i++
        continue
      }
      i++
      this.count(1)
      if (WS.has(c)) continue
      if (this.done) throw bad('text after the end of the JSON body')
      switch (c) {
        case '{':
          this.open({ kind: 'object', value: {}, key: null })
          break
        case '[':
          this.open({ kind: 'array', value: [] })
          break
        case '}':
        case ']':
          this.close(c)
          break
        case ':':
        case ',':
          break // structure is checked by where values land (good enough for an envelope we then validate)
        case '"':
          this.str = { text: '', escape: false, unicode: null, file: this.startsFile() ? this.openFile() : null }
          break
        default:
          throw bad(`unexpected "${c}"`)
      }
    }
  }

  private count(n: number): void {
    this.other += n
    if (this.other > this.limits.maxOtherChars) throw new BodyError(413, 'Request too large')
  }

  /** Whether the string starting now is the value of `arg.files[i].base64`. */
  private startsFile(): boolean {
    const [root, arg, files, file] = this.stack
    const top = this.stack[this.stack.length - 1]
    return (
      this.stack.length === 4 &&
      root.kind === 'object' &&
      root.key === 'arg' &&
      arg.kind === 'object' &&
      arg.key === 'files' &&
      files.kind === 'array' &&
      file.kind === 'object' &&
      top === file &&
      file.key === 'base64'
    )
  }

  private openFile(): FileSink {
    const { id, path } = this.spool.reserve('upload')
    this.spooled.push(id)
    return new FileSink(id, path)
  }

  private async inString(text: string, from: number): Promise<number> {
    const s = this.str!
    if (s.file) {
      // A file's content: base64 up to the closing quote, decoded and written in blocks of four characters.
      let i = from
      if (s.escape) {
        // JSON may escape "/" as "\/"; nothing else belongs in base64.
        if (text[i] !== '/') throw bad('a file’s content is not base64')
        s.text += '/'
        s.escape = false
        i++
      }
      SPECIAL.lastIndex = i
      const m = SPECIAL.exec(text)
      const end = m ? m.index : text.length
      const run = text.slice(i, end)
      if (!B64.test(run)) throw bad('a file’s content is not base64')
      s.text += run
      if (!m) {
        await this.flushFile(s.file, false)
        return text.length
      }
      if (m[0] === '\\') {
        s.escape = true
        await this.flushFile(s.file, false)
        return end + 1
      }
      await this.flushFile(s.file, true)
      this.str = null
      this.value({ spooled: s.file.id }, true)
      return end + 1
    }
    for (let i = from; i < text.length; i++) {
      const c = text[i]
      this.count(1)
      if (s.unicode !== null) {
        s.unicode += c
        if (s.unicode.length === 4) {
          if (!/^[0-9a-fA-F]{4}$/.test(s.unicode)) throw bad('bad \\u escape')
          s.text += String.fromCharCode(parseInt(s.unicode, 16))
          s.unicode = null
        }
      } else if (s.escape) {
        s.escape = false
        if (c === 'u') s.unicode = ''
        else {
          const map: Record<string, string> = {
            '"': '"',
            '\\': '\\',
            '/': '/',
            b: '\b',
            f: '\f',
            n: '\n',
            r: '\r',
            t: '\t'
          }
          if (!(c in map)) throw bad(`bad escape \\${c}`)
          s.text += map[c]
        }
      } else if (c === '\\') s.escape = true
      else if (c === '"') {
        this.str = null
        this.value(s.text)
        return i + 1
      } else s.text += c
    }
    return text.length
  }

  private async flushFile(file: FileSink, last: boolean): Promise<void> {
    const s = this.str!
    const usable = last ? s.text.length : s.text.length - (s.text.length % 4)
    if (usable > 0) {
      const bytes = Buffer.from(s.text.slice(0, usable), 'base64')
      s.text = s.text.slice(usable)
      this.fileBytes += bytes.length
      if (this.fileBytes > this.limits.maxFileBytes) throw new BodyError(413, 'Upload too large')
      await file.write(bytes)
    }
    if (last) await file.close()
  }

  private open(container: Container): void {
    this.stack.push(container)
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

  async finish(): Promise<unknown> {
    if (this.bare) this.endBare()
    if (this.str || this.stack.length > 0 || !this.done) throw bad('the JSON body ends too early')
    return this.root
  }

  async abort(): Promise<void> {
    await this.str?.file?.close().catch(() => undefined)
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
