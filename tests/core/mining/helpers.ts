import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseReferenceTsv, type MiningDocument, type ReferenceFrequencies } from '../../../src/core/mining/index'

const ROOT = join(__dirname, '../../..')
let cached: ReferenceFrequencies | null = null

export function reference(): ReferenceFrequencies {
  cached ??= parseReferenceTsv(readFileSync(join(ROOT, 'resources/mining/en-word-freq.tsv'), 'utf8'))
  return cached
}

export function doc(id: number, ...segments: string[]): MiningDocument {
  return { id, segments: segments.map((text, i) => ({ id: id * 1000 + i, text })) }
}

export function seedDocuments(): MiningDocument[] {
  const dir = join(ROOT, 'seeds')
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f, i) =>
    doc(i + 1, ...readFileSync(join(dir, f), 'utf8').split(/\r?\n/).filter((l) => l.trim())))
}
