/**
 * Files a window sent for import, kept on disk until the import job (a worker thread) has read them:
 * in browser mode the web bridge streams each upload's bytes here as they arrive (its memory stays flat
 * whatever the size), in the desktop app the handler writes the decoded contents. Each file gets a
 * private temporary folder; an id names it to the handler, once.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, extname, join } from 'node:path'

export class UploadSpool {
  private readonly files = new Map<string, string>()
  private seq = 0

  /** Where to write the upload called `name` (only its extension is kept on disk), and the id to claim it by. */
  reserve(name: string): { id: string; path: string } {
    const dir = mkdtempSync(join(tmpdir(), 'shuyu-upload-'))
    const ext = extname(name)
      .replace(/[^.\w-]/g, '')
      .slice(0, 16)
    const path = join(dir, `upload${ext}`)
    const id = `${process.pid}-${++this.seq}-${dir.slice(-6)}`
    this.files.set(id, path)
    return { id, path }
  }

  /** The path of a reserved upload, once: null for an unknown id (or one taken already). */
  take(id: string): string | null {
    const path = this.files.get(id) ?? null
    this.files.delete(id)
    return path
  }

  /** Removes an upload's file and folder (read, refused or abandoned). */
  discard(path: string): void {
    rmSync(dirname(path), { recursive: true, force: true })
  }

  /** Drops an id never claimed (the request failed before dispatch) with its file. */
  release(id: string): void {
    const path = this.take(id)
    if (path) this.discard(path)
  }
}
