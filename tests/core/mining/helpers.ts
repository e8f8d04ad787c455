import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { type MiningDocument, parseReferenceTsv, type ReferenceFrequencies } from '../../../src/core/mining/index'
import { parseDocumentHeader } from '../../../src/core/text/document-header'
import { normalizeText } from '../../../src/core/text/normalize'
import { splitSentences } from '../../../src/core/text/sentence-split'

const ROOT = join(__dirname, '../../..')
let cached: ReferenceFrequencies | null = null

export function reference(): ReferenceFrequencies {
  cached ??= parseReferenceTsv(readFileSync(join(ROOT, 'resources/mining/en-word-freq.tsv'), 'utf8'))
  return cached
}

export function doc(id: number, ...segments: string[]): MiningDocument {
  return { id, segments: segments.map((text, i) => ({ id: id * 1000 + i, text })) }
}

/**
 * Segments spread over documents of two segments each, from document id `firstId` on: a test corpus built
 * by repeating sentences stays running text (the miner mines a segment repeated three or more times in one
 * document once, as a page header).
 */
export function spread(firstId: number, segments: string[]): MiningDocument[] {
  const out: MiningDocument[] = []
  for (let i = 0; i < segments.length; i += 2) out.push(doc(firstId + i / 2, ...segments.slice(i, i + 2)))
  return out
}

/** A plain-text document segmented as the corpus import does it: normalised, the header (date line)
 *  parsed out of the body, the body split into sentences. */
export function importedDocument(id: number, raw: string): MiningDocument {
  const body = parseDocumentHeader(normalizeText(raw)).body
  return doc(id, ...splitSentences(body, 'en').map((s) => s.text))
}

/** The seed corpus as the app imports it (tests/main/mining/seeds-real.test.ts checks the app path). */
export function seedDocuments(): MiningDocument[] {
  const dir = join(ROOT, 'seeds')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => importedDocument(i + 1, readFileSync(join(dir, f), 'utf8')))
}
