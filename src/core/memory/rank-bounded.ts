/**
 * rankMatches over many candidates without reading most of them. Each candidate comes with an upper
 * bound on its score (cheap: from the index keys it shares and its length) and its exact token count,
 * so the best key it could have in rankMatches' order (exact, score, length gap, id) is known; an
 * optional `refine` gives a tighter bound (the folded-token edit distance of token-distance.ts).
 * Candidates are refined, read and scored best bound first, and the walk stops once `limit` real
 * results beat everything left: nothing after that can enter the list. The result is the list
 * rankMatches gives for all the candidates (the index-vs-full-scan tests check it).
 */
import { type MatchCandidate, type RankedMatch, rankMatches, type RankOptions } from './fuzzy'
import { detectMatchLang, tokenizeWithOffsets } from './match-tokens'

export interface BoundedCandidates {
  ids: ArrayLike<number>
  /** Highest score each can reach, 0..100; 100 means "might be exact". */
  upper: ArrayLike<number>
  /** Match tokens of each (what rankMatches measures the length gap with). */
  tokenCounts: ArrayLike<number>
  /** A tighter (or equal) bound for candidate i, costlier than `upper`. */
  refine?: (i: number) => number
}

interface Key {
  exact: boolean
  score: number
  lenGap: number
  id: number
}

/** True when a comes strictly before b in rankMatches' order. */
function precedes(a: Key, b: Key): boolean {
  if (a.exact !== b.exact) return a.exact
  if (a.score !== b.score) return a.score > b.score
  if (a.lenGap !== b.lenGap) return a.lenGap < b.lenGap
  return a.id < b.id
}

/** Binary min-heap in rankMatches' order: the refined candidates waiting to be read. */
class KeyHeap {
  private readonly items: Key[] = []

  get size(): number {
    return this.items.length
  }

  peek(): Key | undefined {
    return this.items[0]
  }

  push(key: Key): void {
    const a = this.items
    a.push(key)
    let i = a.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!precedes(a[i], a[p])) break
      ;[a[i], a[p]] = [a[p], a[i]]
      i = p
    }
  }

  pop(): Key | undefined {
    const a = this.items
    const top = a[0]
    const last = a.pop()
    if (a.length > 0 && last) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let best = i
        if (l < a.length && precedes(a[l], a[best])) best = l
        if (r < a.length && precedes(a[r], a[best])) best = r
        if (best === i) break
        ;[a[i], a[best]] = [a[best], a[i]]
        i = best
      }
    }
    return top
  }
}

export interface BoundedRankStats {
  /** Candidates whose text was read and scored. */
  read: number
}

/**
 * `fetch` returns the current text of the given units; units it omits (deleted since) are skipped.
 * Candidates whose bound is below min are never refined nor read.
 */
export function rankBounded(
  query: string,
  candidates: BoundedCandidates,
  fetch: (ids: number[]) => MatchCandidate[],
  options: RankOptions = {},
  stats?: BoundedRankStats
): RankedMatch[] {
  const min = options.min ?? 70
  const limit = options.limit ?? 10
  const lang = options.lang ?? detectMatchLang(query)
  if (limit <= 0) return []
  const qLen = tokenizeWithOffsets(query, lang).length
  const { ids, upper, tokenCounts, refine } = candidates

  // Candidates by cheap bound (a counting sort: bounds are integers 0..100), best bucket first.
  const floor = Math.max(0, Math.ceil(min))
  const bucketStart = new Int32Array(102)
  for (let i = 0; i < ids.length; i++) if (upper[i] >= floor) bucketStart[100 - upper[i] + 1]++
  for (let b = 0; b <= 100; b++) bucketStart[b + 1] += bucketStart[b]
  const order = new Int32Array(bucketStart[101])
  const fill = bucketStart.slice(0, 101)
  for (let i = 0; i < ids.length; i++) if (upper[i] >= floor) order[fill[100 - upper[i]]++] = i
  let bucket = 0 // next bucket to open: bound 100 - bucket
  const nextBucket = (): Key | null => {
    while (bucket <= 100 && bucketStart[bucket] === bucketStart[bucket + 1]) bucket++
    if (bucket > 100 || 100 - bucket < floor) return null
    // Best key any candidate of the bucket could have: it sorts before every real key of that score.
    return { exact: bucket === 0, score: 100 - bucket, lenGap: -1, id: -Infinity }
  }

  const heap = new KeyHeap()
  const countOf = new Map<number, number>()
  const open = (): void => {
    for (let o = bucketStart[bucket]; o < bucketStart[bucket + 1]; o++) {
      const i = order[o]
      const score = refine ? Math.min(upper[i], refine(i)) : upper[i]
      if (score < min) continue
      countOf.set(ids[i], tokenCounts[i])
      heap.push({ exact: score >= 100, score, lenGap: Math.abs(tokenCounts[i] - qLen), id: ids[i] })
    }
    bucket++
  }

  let top: (RankedMatch & Key)[] = []
  let batch: number[] = []
  let batchSize = Math.max(8, limit)
  const flush = (): void => {
    if (batch.length === 0) return
    const fetched = fetch(batch)
    batch = []
    batchSize *= 2
    if (stats) stats.read += fetched.length
    for (const m of rankMatches(query, fetched, { min, limit: fetched.length, lang })) {
      top.push({ ...m, lenGap: Math.abs((countOf.get(m.id) ?? qLen) - qLen) })
    }
    top.sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0))
    if (top.length > limit) top = top.slice(0, limit)
  }

  for (;;) {
    const unopened = nextBucket()
    const head = heap.peek()
    const next = head && (!unopened || precedes(head, unopened)) ? head : unopened
    if (!next) break
    if (top.length >= limit && precedes(top[limit - 1], next)) {
      // Everything left ranks after the list; what is already picked may still improve it.
      if (batch.length === 0) break
      flush()
      continue
    }
    if (next === unopened) open()
    else {
      batch.push(heap.pop()!.id)
      if (batch.length >= batchSize) flush()
    }
  }
  flush()
  return top.map(({ lenGap: _lenGap, ...m }) => m)
}
