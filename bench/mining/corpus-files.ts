// Shared by the mining benches: load the shipped reference table and turn .txt files into MiningDocuments.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { type MiningDocument, parseReferenceTsv, type ReferenceFrequencies } from '../../src/core/mining/index'
import { readDocument } from '../../src/main/corpus/read-document'

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

/** The .txt files of a folder as the app imports them (header parsed out, normalised, sentence segments):
 *  what `shuyu mine FOLDER` mines. */
export async function readFolderAsApp(dir: string): Promise<MiningDocument[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  let seg = 0
  const out: MiningDocument[] = []
  for (const [i, f] of files.entries()) {
    const d = await readDocument(join(dir, f))
    out.push({ id: i + 1, date: d.date, segments: d.segments.map((s) => ({ id: seg++, text: s.text })) })
  }
  return out
}
