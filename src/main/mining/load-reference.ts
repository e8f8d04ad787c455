import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parseReferenceTsv, type ReferenceFrequencies } from '../../core/mining/reference'
import { resourcesDir } from '../app-paths'

export const referenceFile = (): string => join(resourcesDir(), 'mining', 'en-word-freq.tsv')

let cached: { file: string; table: ReferenceFrequencies } | undefined

/** The general-English frequency table the miner compares the corpus against (read once). */
export function loadReference(file: string = referenceFile()): ReferenceFrequencies {
  if (cached?.file !== file) cached = { file, table: parseReferenceTsv(readFileSync(file, 'utf8')) }
  return cached.table
}
