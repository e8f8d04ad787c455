/**
 * In-memory reference implementation of the fuzzy-match index: key -> unit ids, plus each unit's
 * token count. It is what the tests check completeness against and the model for the SQLite version:
 *   tm_keys(key TEXT, unit_id INTEGER)      one row per distinct key of a unit (segmentKeys)
 *   translation_units.token_count            for the length filter
 * A lookup reads df per query key, planLookup() picks the rarest posting lists, and lookup() below
 * narrows their units down before verifying them with the real matchScore.
 */
import { type MatchCandidate, type RankedMatch, rankMatches } from '../../src/core/memory/fuzzy'
import type { MatchLang } from '../../src/core/memory/match-tokens'
import { type LookupPlan, planLookup, segmentKeys } from '../../src/core/memory/ngram-keys'

export interface IndexLookupOptions {
  min?: number
  limit?: number
}

export interface IndexLookupResult {
  matches: RankedMatch[]
  plan: LookupPlan
  /** Units that passed the key and length filters and were scored. */
  verified: number
}

/** FNV-1a, 32 bits. A collision only adds a candidate that verification then drops: still safe. */
function hashKey(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** Growable Int32Array: millions of small JS arrays would spend the build in the garbage collector. */
class IntList {
  data = new Int32Array(1024)
  length = 0
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = v
  }
}

export class NgramIndex {
  // Every (key hash, unit slot) pair as added; turned into buckets lazily before a lookup.
  private readonly pairHashes = new IntList()
  private readonly pairSlots = new IntList()
  // Frozen form: pairs grouped by the low bits of the hash (counting sort), each bucket's pairs in
  // slot order. A key's posting list is the entries of its bucket whose full hash matches.
  private bucketStart = new Int32Array(1)
  private bucketHashes = new Int32Array(0)
  private bucketSlots = new Int32Array(0)
  private mask = 0
  private frozenPairs = -1
  private readonly ids: number[] = []
  private readonly sources: string[] = []
  private readonly targets: string[] = []
  private readonly lengths = new IntList()
  private counts = new Uint16Array(0)

  constructor(readonly lang: MatchLang) {}

  get size(): number {
    return this.ids.length
  }

  /** Number of (key, unit) postings. */
  get postingCount(): number {
    return this.pairSlots.length
  }

  add(unit: MatchCandidate): void {
    const slot = this.ids.length
    const { keys, tokenCount } = segmentKeys(unit.source, this.lang)
    this.ids.push(unit.id)
    this.sources.push(unit.source)
    this.targets.push(unit.target)
    this.lengths.push(tokenCount)
    for (const key of keys) {
      this.pairHashes.push(hashKey(key))
      this.pairSlots.push(slot)
    }
  }

  private freeze(): void {
    const n = this.pairSlots.length
    if (this.frozenPairs === n) return
    let buckets = 1024
    while (buckets * 4 < n) buckets *= 2
    this.mask = buckets - 1
    const start = new Int32Array(buckets + 1)
    const ph = this.pairHashes.data
    const ps = this.pairSlots.data
    for (let i = 0; i < n; i++) start[(ph[i] & this.mask) + 1]++
    for (let b = 0; b < buckets; b++) start[b + 1] += start[b]
    const fill = start.slice(0, buckets)
    const hashes = new Int32Array(n)
    const slots = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const at = fill[ph[i] & this.mask]++
      hashes[at] = ph[i]
      slots[at] = ps[i]
    }
    this.bucketStart = start
    this.bucketHashes = hashes
    this.bucketSlots = slots
    this.frozenPairs = n
  }

  df(key: string): number {
    this.freeze()
    const h = hashKey(key)
    const b = h & this.mask
    let count = 0
    for (let i = this.bucketStart[b]; i < this.bucketStart[b + 1]; i++) if (this.bucketHashes[i] === h) count++
    return count
  }

  /** Whether the unit in `slot` holds the key (hash h, bucket b): binary search, slots are sorted per bucket. */
  private holds(h: number, b: number, slot: number): boolean {
    let lo = this.bucketStart[b]
    let hi = this.bucketStart[b + 1]
    const slots = this.bucketSlots
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (slots[mid] < slot) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < this.bucketStart[b + 1] && slots[i] === slot; i++) if (this.bucketHashes[i] === h) return true
    return false
  }

  /**
   * Two phases, as a SQLite version can do too: (1) read the posting lists of the rarest keys that
   * safety requires (plan with maxKeys 0) - a unit in none of them cannot qualify, so they give the
   * whole candidate set; (2) count the query's other keys only for those candidates, by scanning the
   * list when it is short or by lookup per candidate when it is long. Then keep candidates sharing
   * minSharedKeys keys and inside the length range, and verify them with the real score.
   */
  lookup(query: string, options: IndexLookupOptions = {}): IndexLookupResult {
    this.freeze()
    const min = options.min ?? 70
    const qk = segmentKeys(query, this.lang)
    const dfs = new Map(qk.keys.map((k) => [k, this.df(k)]))
    const plan = planLookup(qk, (k) => dfs.get(k) ?? 0, { min, maxKeys: 0 })
    if (this.counts.length < this.ids.length) this.counts = new Uint16Array(Math.max(1024, this.ids.length * 2))
    const counts = this.counts
    const touched: number[] = []
    for (const key of plan.keys) {
      const h = hashKey(key)
      const b = h & this.mask
      for (let i = this.bucketStart[b]; i < this.bucketStart[b + 1]; i++) {
        if (this.bucketHashes[i] !== h) continue
        const slot = this.bucketSlots[i]
        if (counts[slot] === 0) touched.push(slot)
        counts[slot]++
      }
    }
    const [lo, hi] = plan.lengthRange
    const lengths = this.lengths.data
    let pool = touched.filter((slot) => lengths[slot] >= lo && lengths[slot] <= hi)
    const probed = new Set(plan.keys)
    const rest = qk.keys.filter((k) => !probed.has(k)).sort((x, y) => dfs.get(x)! - dfs.get(y)!)
    const need = plan.complete ? plan.minSharedKeys : 1
    for (let r = 0; r < rest.length && pool.length > 0; r++) {
      const h = hashKey(rest[r])
      const b = h & this.mask
      const size = this.bucketStart[b + 1] - this.bucketStart[b]
      if (size < pool.length * Math.log2(size + 2)) {
        for (let i = this.bucketStart[b]; i < this.bucketStart[b + 1]; i++) {
          if (this.bucketHashes[i] === h && counts[this.bucketSlots[i]] > 0) counts[this.bucketSlots[i]]++
        }
      } else {
        for (const slot of pool) if (this.holds(h, b, slot)) counts[slot]++
      }
      // Drop those that can no longer reach `need` even holding every remaining key.
      const left = rest.length - r - 1
      pool = pool.filter((slot) => counts[slot] + left >= need)
    }
    const candidates: MatchCandidate[] = []
    for (const slot of pool) {
      if (counts[slot] >= need) {
        candidates.push({ id: this.ids[slot], source: this.sources[slot], target: this.targets[slot] })
      }
    }
    for (const slot of touched) counts[slot] = 0
    const matches = rankMatches(query, candidates, { min, limit: options.limit, lang: this.lang })
    return { matches, plan, verified: candidates.length }
  }
}
