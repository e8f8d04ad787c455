// Shared by the mining benches: load the shipped reference table and turn .txt files into MiningDocuments.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { type MiningDocument, parseReferenceTsv, type ReferenceFrequencies } from '../../src/core/mining/index'

const ROOT = new URL('../../', import.meta.url).pathname

export function loadReference(): ReferenceFrequencies {
  return parseReferenceTsv(readFileSync(join(ROOT, 'resources/mining/en-word-freq.tsv'), 'utf8'))
}

/** One document per file, one segment per non-empty line. */
export function textToDocument(id: number, text: string, firstSegmentId: number): MiningDocument {
  const segments = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l, i) => ({ id: firstSegmentId + i, text: l }))
  return { id, segments }
}

export function readFolder(dir: string): MiningDocument[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  let seg = 0
  return files.map((f, i) => {
    const d = textToDocument(i + 1, readFileSync(join(dir, f), 'utf8'), seg)
    seg += d.segments.length
    return d
  })
}
