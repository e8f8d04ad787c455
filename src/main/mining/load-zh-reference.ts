import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { type ChineseReference, parseChineseReferenceTsv } from '../../core/mining/zh/reference'
import { resourcesDir } from '../app-paths'

export const chineseReferenceFile = (): string => join(resourcesDir(), 'mining', 'zh-word-freq.tsv')

let cached: { file: string; table: ChineseReference } | undefined

/** The general-Chinese word counts the Chinese miner compares the corpus against (read once per process). */
export function loadChineseReference(file: string = chineseReferenceFile()): ChineseReference {
  if (cached?.file !== file) cached = { file, table: parseChineseReferenceTsv(readFileSync(file, 'utf8')) }
  return cached.table
}
