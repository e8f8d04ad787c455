import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

import { builtWorkerFile } from '../jobs/worker-file'
import { referenceFile } from './load-reference'

let cached: { key: string; digest: string } | undefined

/**
 * Identifies the code and data that produce mining stats: the built worker bundle with its shared chunks
 * (or, from sources, the core miner's files) and the reference word list. Saved stats made by another version are stale: a
 * changed tokenizer or tagger would mix two kinds of counts.
 */
export function minerDigest(ref = referenceFile()): string {
  const worker = builtWorkerFile()
  const chunks = worker ? join(dirname(worker), 'chunks') : ''
  const sources = join(__dirname, '..', '..', 'core', 'mining')
  const files = worker
    ? [
        worker,
        ...(existsSync(chunks)
          ? readdirSync(chunks)
              .sort()
              .map((f) => join(chunks, f))
          : [])
      ]
    : existsSync(sources)
      ? readdirSync(sources)
          .sort()
          .map((f) => join(sources, f))
      : []
  const key = [ref, ...files].join('\n')
  if (cached?.key === key) return cached.digest
  const sha = createHash('sha1')
  // Without code to hash (an unexpected layout), a per-process value: never incremental across processes.
  if (files.length === 0) sha.update(`${process.pid}:${Date.now()}`)
  for (const f of [ref, ...files]) {
    try {
      sha.update(readFileSync(f))
    } catch {
      sha.update(`missing ${f}`)
    }
  }
  cached = { key, digest: sha.digest('hex') }
  return cached.digest
}
