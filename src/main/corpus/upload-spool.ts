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
  /** Files kept under their own name until the app closes: uploads to preview then import, exports to download. */
  private readonly kept = new Set<string>()
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

  /**
   * A file kept under its own (sanitised) name in a private folder until the app closes: an upload the
   * exchange preview and import both read, or an export's target that the browser then downloads.
   */
  keep(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'shuyu-file-'))
    const path = join(dir, safeName(name))
    this.kept.add(path)
    return path
  }

  /** Whether `path` is a kept file (the only files browser mode serves for download). */
  isKept(path: string): boolean {
    return this.kept.has(path)
  }

  /** Removes every kept file (the app closes). */
  discardKept(): void {
    for (const path of this.kept) this.discard(path)
    this.kept.clear()
  }

  /** Drops an id never claimed (the request failed before dispatch) with its file. */
  release(id: string): void {
    const path = this.take(id)
    if (path) this.discard(path)
  }
}

/** A file name without folders or characters a file system refuses; its extension decides the reader. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = [...base]
    .map((c) => (c.charCodeAt(0) < 0x20 || '<>:"|?*'.includes(c) ? '_' : c))
    .join('')
    .replace(/^\.+/, '')
    .slice(-120)
  return cleaned || 'file'
}
