import { extname } from 'node:path'

import { CorpusError } from './corpus-error'

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf'

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '': 'txt',
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf'
}

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION).filter((e) => e !== '')

/** The corpus format of a file, from its extension (no extension reads as plain text). */
export function formatFromName(name: string, displayName: string): DocumentFormat {
  const ext = extname(name).toLowerCase()
  const format = BY_EXTENSION[ext]
  if (format) return format
  throw new CorpusError(
    name,
    `${displayName}: unsupported file type "${ext}"; supported: ${SUPPORTED_EXTENSIONS.join(', ')} ` +
      '(a file without extension is read as plain text)',
    undefined,
    { key: 'unsupported', params: { name: displayName, ext, supported: SUPPORTED_EXTENSIONS.join(', ') } }
  )
}
