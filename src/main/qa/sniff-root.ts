/** The root element of an `.xml` file decides whether it is XLIFF or TMX (the first 4 KiB are read). */
import { closeSync, openSync, readSync } from 'node:fs'

import iconv from 'iconv-lite'

import { detectEncoding } from '../exchange/input-file'

export function sniffRoot(path: string): 'xliff' | 'tmx' | null {
  let head: string
  try {
    const fd = openSync(path, 'r')
    try {
      const buf = Buffer.alloc(4096)
      const n = readSync(fd, buf, 0, buf.length, 0)
      const enc = detectEncoding(buf.subarray(0, n))
      head = iconv.decode(buf.subarray(0, n), enc.encoding === 'utf-8' ? 'utf8' : enc.encoding)
    } finally {
      closeSync(fd)
    }
  } catch {
    return null
  }
  const body = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '')
  const root = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body)?.[1]
  return root === 'xliff' ? 'xliff' : root === 'tmx' ? 'tmx' : null
}
