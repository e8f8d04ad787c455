/**
 * Writes a generator of string chunks to a file. The chunks (a TBX writer yields one per concept) are
 * UTF-8-encoded straight into a 1 MiB buffer (`Buffer.write`, no joined intermediate string) and the
 * buffer is written with one synchronous write when full: on a 100,000-concept export the previous
 * join-then-WriteStream path cost about as much as the serialiser itself. Every few MiB the loop
 * yields to the event loop, so progress events go out and a cancel is seen. The file is written next
 * to its destination and renamed at the end, so a failed or cancelled export never leaves a truncated
 * file behind.
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { setImmediate } from 'node:timers/promises'

import { ApiError } from '../api-error'

const BUFFER = 1024 * 1024
/** Flushes between two yields to the event loop. */
const YIELD_EVERY = 8

export interface WriteOptions {
  signal?: AbortSignal
  /** Called after each chunk the generator yields (cheap; the caller throttles). */
  onChunk?: () => void
}

export async function writeChunks(path: string, chunks: Iterable<string>, options: WriteOptions = {}): Promise<number> {
  const temp = `${path}.part`
  let fd: number | null = openForWriting(temp, path)
  try {
    const buf = Buffer.allocUnsafe(BUFFER)
    let used = 0
    let flushes = 0
    for (const chunk of chunks) {
      options.onChunk?.()
      // A UTF-16 code unit never takes more than 3 UTF-8 bytes.
      if (used + chunk.length * 3 > BUFFER) {
        if (used > 0) writeAll(fd, buf, used)
        used = 0
        if (++flushes % YIELD_EVERY === 0) {
          await setImmediate()
          if (options.signal?.aborted) {
            throw new ApiError('cancelled', 'Export cancelled', { key: 'exchange.exportCancelled' })
          }
        }
      }
      if (chunk.length * 3 > BUFFER) writeAll(fd, Buffer.from(chunk, 'utf8'))
      else used += buf.write(chunk, used, 'utf8')
    }
    if (used > 0) writeAll(fd, buf, used)
    closeSync(fd)
    fd = null
    renameSync(temp, path)
    return statSync(path).size
  } catch (error) {
    if (fd !== null) closeSync(fd)
    rmSync(temp, { force: true })
    throw error
  }
}

/**
 * Opens the temporary file; a destination that cannot be written (no such folder, no permission) is the
 * user's to fix, so it is reported as bad input naming the file, with the system's message kept as is.
 */
function openForWriting(temp: string, path: string): number {
  try {
    return openSync(temp, 'w')
  } catch (error) {
    const reason = (error as Error).message
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new ApiError('bad-input', reason, {
      file: path,
      ...(missing
        ? { key: 'exchange.file.noFolder', params: { name: path, folder: dirname(path) } }
        : { key: 'exchange.file.unwritable', params: { name: path, reason } })
    })
  }
}

function writeAll(fd: number, buf: Buffer, length = buf.length): void {
  for (let done = 0; done < length;) done += writeSync(fd, buf, done, length - done)
}
