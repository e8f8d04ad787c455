// Shared by the Chinese mining benches: the shipped reference table, the jieba segmenter, and .txt files read
// into MiningDocuments the way an import reads them (normalised, header date, one segment a sentence).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { MiningDocument } from '../../src/core/mining/types'
import { parseDocumentHeader } from '../../src/core/text/document-header'
import { normalizeText } from '../../src/core/text/normalize'
import { splitSentences } from '../../src/core/text/sentence-split'

export { loadChineseReference } from '../../src/main/mining/load-zh-reference'

/** One document per file; its date from the ` date YYYY-MM-DD` header; segments = sentences. */
export function readChineseFolder(dir: string): MiningDocument[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  let seg = 0
  return files.map((f, i) => {
    const header = parseDocumentHeader(normalizeText(readFileSync(join(dir, f), 'utf8')))
    const segments = splitSentences(header.body, 'zh').map((s) => ({ id: seg++, text: s.text }))
    return { id: i + 1, date: header.date, segments }
  })
}
