/**
 * Writes a generator of string chunks to a file through a WriteStream, honouring backpressure (waits
 * for 'drain' when the stream's buffer is full) and coalescing small chunks (a TBX writer yields one
 * per concept) into ~256 KiB writes. The file is written next to its destination and renamed at the
 * end, so a failed or cancelled export never leaves a truncated file behind.
 */
import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs'
import { ApiError } from '../handlers/types'

const FLUSH_AT = 256 * 1024

export interface WriteOptions {
  signal?: AbortSignal
  /** Called after each chunk the generator yields (cheap; the caller throttles). */
  onChunk?: () => void
}

export async function writeChunks(path: string, chunks: Iterable<string>, options: WriteOptions = {}): Promise<number> {
  const temp = `${path}.part`
  const out = createWriteStream(temp)
  const failed = new Promise<never>((_, reject) => out.once('error', reject))
  failed.catch(() => {})
  try {
    let pending: string[] = []
    let size = 0
    for (const chunk of chunks) {
      pending.push(chunk)
      size += chunk.length
      options.onChunk?.()
      if (size >= FLUSH_AT) {
        await write(out, pending.join(''), failed)
        pending = []
        size = 0
        if (options.signal?.aborted) throw new ApiError('cancelled', 'Export cancelled')
      }
    }
    if (pending.length) await write(out, pending.join(''), failed)
    await Promise.race([new Promise<void>((resolve) => out.end(resolve)), failed])
    renameSync(temp, path)
    return statSync(path).size
  } catch (error) {
    out.destroy()
    rmSync(temp, { force: true })
    throw error
  }
}

async function write(out: WriteStream, text: string, failed: Promise<never>): Promise<void> {
  if (!out.write(text, 'utf8')) await Promise.race([new Promise<void>((resolve) => out.once('drain', resolve)), failed])
}
