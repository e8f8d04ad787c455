import type { ImportReport } from '../../../shared/models'
import { localizedMessage } from './api-error'

export interface ImportFailure {
  file: string
  message: string
}

/** Just the file name, whatever separator the path uses. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part.length > 0)
  return parts.length > 0 ? parts[parts.length - 1] : path
}

/**
 * Failed files with their errors, in the UI language when the reader sent a key; every line names its
 * file so the user knows what to fix.
 */
export function importFailures(report: ImportReport): ImportFailure[] {
  return report.files
    .filter((file) => file.status === 'failed')
    .map((file) => ({
      file: baseName(file.file),
      message: localizedMessage({
        code: 'bad-input',
        message: file.error?.trim() || '',
        key: file.errorKey,
        params: file.errorParams
      })
    }))
}

/** What the reader mended in files it imported (NUL bytes removed…), in the UI language, each naming its file. */
export function importWarnings(report: ImportReport): ImportFailure[] {
  return report.files.flatMap((file) =>
    (file.warnings ?? []).map((w) => ({
      file: baseName(file.file),
      message: localizedMessage({ code: 'bad-input', message: w.message, key: w.key, params: w.params })
    }))
  )
}

/** A job id for progress events and cancel; crypto.randomUUID needs a secure context. */
export function newJobId(prefix = 'import'): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return `${prefix}-${crypto.randomUUID()}`
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
