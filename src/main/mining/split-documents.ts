import type { MiningDocument } from '../../core/mining/types'

/**
 * Cuts documents into `parts` contiguous runs of about equal text length, keeping their order: stats of
 * contiguous runs merged in order equal one sequential pass (see finish-run.ts). Always at least one run
 * (possibly empty), never an empty run after the first.
 */
export function splitDocuments(docs: MiningDocument[], parts: number): MiningDocument[][] {
  const sizes = docs.map((d) => d.segments.reduce((a, s) => a + s.text.length, 0))
  const total = sizes.reduce((a, b) => a + b, 0)
  const n = Math.max(1, Math.min(Math.floor(parts), docs.length))
  const out: MiningDocument[][] = [[]]
  let acc = 0
  for (let i = 0; i < docs.length; i++) {
    // Start the next run once this one holds its share (and leave at least one document per later run).
    const runsLeft = n - out.length
    if (
      runsLeft > 0 &&
      out[out.length - 1].length > 0 &&
      (acc >= (total * out.length) / n || docs.length - i <= runsLeft)
    )
      out.push([])
    out[out.length - 1].push(docs[i])
    acc += sizes[i]
  }
  return out
}
