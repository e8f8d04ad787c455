import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'

import type { ImportedFile, ImportReport } from '../../shared/models'
import { ApiError } from '../api-error'
import { type CallContext } from '../call-context'
import type { Db } from '../db/open-database'
import { inWriteTransaction } from '../db/write-lock'
import { recordHistory } from '../workspace/history-repo'
import { CorpusError } from './corpus-error'
import { findByHash, insertDocument, restore } from './documents-repo'
import { type ReadDocument, readDocument } from './read-document'

/** Extensions picked up when a folder is imported; a file named explicitly may be anything the reader accepts. */
const CORPUS_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'])

export interface CorpusImportOptions {
  /** Display names of temporary copies (uploads), by path: they name the documents, errors and report rows. */
  names?: Record<string, string>
}

/**
 * Imports files and folders from disk, all in one transaction: a cancel, a crash or a kill leaves none of
 * them. A file that cannot be read is reported and skipped; the others are imported.
 */
export async function importCorpusPaths(
  db: Db,
  paths: string[],
  call: CallContext,
  opts: CorpusImportOptions = {}
): Promise<ImportReport> {
  const names = opts.names ?? {}
  const files: string[] = []
  for (const path of paths) files.push(...(names[path] ? [path] : await expandPath(path)))
  return importEach(db, files, (file) => readDocument(file, names[file] ? { name: names[file] } : {}), call, names)
}

async function importEach(
  db: Db,
  files: string[],
  read: (file: string) => Promise<ReadDocument>,
  call: CallContext,
  names: Record<string, string> = {}
): Promise<ImportReport> {
  const results: ImportedFile[] = []
  const what =
    files.length === 1 ? `importing ${basename(names[files[0]] ?? files[0])}` : `importing ${files.length} files`
  await inWriteTransaction(db, call, what, async () => {
    for (const [index, file] of files.entries()) {
      if (call.signal.aborted) throw new ApiError('cancelled', 'Import cancelled', { key: 'jobs.cancelled' })
      const shown = names[file] ?? file
      call.progress(index, files.length, basename(shown))
      results.push({ ...(await importOne(db, file, read)), file: shown })
    }
  })
  call.progress(files.length, files.length)
  return {
    files: results,
    imported: results.filter((r) => r.status === 'imported' || r.status === 'restored').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    failed: results.filter((r) => r.status === 'failed').length
  }
}

async function importOne(db: Db, file: string, read: (file: string) => Promise<ReadDocument>): Promise<ImportedFile> {
  let doc: ReadDocument
  try {
    doc = await read(file)
  } catch (error) {
    const failed: ImportedFile = {
      file,
      status: 'failed',
      error: error instanceof Error ? error.message : String(error)
    }
    if (error instanceof CorpusError && error.text) {
      failed.errorKey = error.text.key
      failed.errorParams = error.text.params
    }
    return failed
  }
  // The same content with another extension (a .md copy of a .txt) reads to a slightly different text.
  const existing = findByHash(db, doc.hash) ?? firstFound(db, doc.otherReadingHashes())
  if (existing && !existing.deletedAt) {
    return { file, status: 'duplicate', documentId: existing.id, title: existing.title }
  }
  if (existing) {
    restore(db, existing.id)
    return { file, status: 'restored', documentId: existing.id, title: existing.title }
  }
  // Inside the caller's transaction (a savepoint): a failure here undoes this document only.
  const documentId = db.transaction(() => {
    const id = insertDocument(db, doc)
    recordHistory(db, {
      action: 'document.import',
      label: `Import “${doc.title}”`,
      labelText: { key: 'documentImport', params: { title: doc.title } },
      before: null,
      after: { documentId: id }
    })
    return id
  })()
  const imported: ImportedFile = { file, status: 'imported', documentId, title: doc.title }
  if (doc.warnings.length > 0) imported.warnings = doc.warnings
  return imported
}

function firstFound(db: Db, hashes: string[]): ReturnType<typeof findByHash> {
  for (const hash of hashes) {
    const found = findByHash(db, hash)
    if (found) return found
  }
  return null
}

async function expandPath(path: string): Promise<string[]> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new ApiError('not-found', `${path}: no such file or folder`, { file: path })
  }
  if (!info.isDirectory()) return [path]
  const out: string[] = []
  const entries = await readdir(path, { withFileTypes: true })
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const full = join(path, entry.name)
    if (entry.isDirectory()) out.push(...(await expandPath(full)))
    else if (CORPUS_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full)
  }
  return out
}
