import type { ExportFormat } from '../../../../shared/models'

export const exportFormats: readonly ExportFormat[] = ['tbx', 'tbx2', 'csv', 'tsv', 'xlsx', 'html', 'tmx']

const extensions: Record<ExportFormat, string> = {
  tbx: 'tbx',
  tbx2: 'tbx',
  csv: 'csv',
  tsv: 'tsv',
  xlsx: 'xlsx',
  tmx: 'tmx',
  html: 'html'
}

export function extensionOf(format: ExportFormat): string {
  return extensions[format]
}

/** The suggestion shown in the empty path field. */
export function defaultExportPath(format: ExportFormat): string {
  return `~/shuyu-export.${extensionOf(format)}`
}

export type PathProblem = 'empty' | 'tilde' | 'relative'

/**
 * The server writes exactly the path it is given and does not expand `~`, and a relative path
 * would land wherever the server happened to start: ask for a full path instead of guessing.
 */
export function pathProblem(path: string): PathProblem | null {
  const value = path.trim()
  if (value === '') return 'empty'
  if (value.startsWith('~')) return 'tilde'
  if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\')) return null
  return 'relative'
}

/** When the user switches format, a path still ending in the old extension follows along. */
export function withExtension(path: string, from: ExportFormat, to: ExportFormat): string {
  const old = `.${extensionOf(from)}`
  if (!path.toLowerCase().endsWith(old)) return path
  return path.slice(0, path.length - old.length) + `.${extensionOf(to)}`
}
