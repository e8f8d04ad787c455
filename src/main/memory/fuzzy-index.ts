/**
 * The fuzzy-match index as typed arrays, so it can be saved to disk and reloaded by a fresh process
 * (fuzzy-snapshot.ts) instead of re-tokenizing the whole memory. Two levels:
 *   base   a large frozen PostingTable, slots 0..n-1 in ascending unit id (what a snapshot holds)
 *   delta  units added or re-indexed since, slots n.., re-frozen lazily (small, so cheap)
 * An edited or deleted unit's old slot is marked dead; its current text gets a delta slot. Unit texts
 * are not kept: the caller fetches the few verified candidates from SQLite.
 *
 * The lookup is the core NgramIndex.lookup (same keys, same planLookup, same two phases), so the
 * candidate filter is exactly as safe and the ranked results are identical.
 */
import {
  KEY_Q,
  TokenDistance,
  maxDistanceFor,
  planLookup,
  scoreUpperBound,
  segmentEntry,
  type BoundedCandidates,
  type MatchLang
} from '../../core/memory'
import {
  EMPTY_TABLE,
  IntList,
  buildPostingTable,
  findKey,
  hashKey,
  listHolds,
  listLength,
  type PostingTable
} from './posting-table'

export interface FuzzyBase {
  /** Unit id per slot, ascending. */
  ids: Int32Array
  /** Match tokens per slot (the length filter). */
  lengths: Int32Array
  table: PostingTable
  /** Folded-token ids of slot s: tokens[tokStart[s]..tokStart[s+1]) (score bounds without the text). */
  tokStart: Int32Array
  tokens: Int32Array
}

export interface FuzzyLookup extends BoundedCandidates {
  /** Unit ids that passed the key and length filters and whose score bound reaches min. */
  ids: Int32Array
  /** Per id: highest score it can reach by the keys it shares and its length (cheap, loose). */
  upper: Uint8Array
  /** Per id: its match-token count. */
  tokenCounts: Int32Array
  /** Tighter bound for candidate i, by folded-token edit distance (token-distance.ts). */
  refine: (i: number) => number
  complete: boolean
}

/** Lists at least this long (and 1/64 of the base) are tested through a cached bitset. */
const BITSET_MIN_DF = 1024
/** Memory the cached bitsets may take: 64 MB is 512 common keys at 1,000,000 units. */
const BITSET_BUDGET_BYTES = 64 << 20

/** Count of a slot that is dead or out of the length range: skipped without looking again. */
const REJECTED = 0xff
/** Queries with more distinct keys than this count in 16 bits (slower: twice the memory traffic). */
const BYTE_COUNT_KEYS = 250

/** Work counters of one lookup (benchmarks, tests). */
export interface LookupStats {
  /** Postings read from the required lists. */
  postings: number
  /** Units holding a required key, inside the length range. */
  pool: number
  /** Units left after the key-count filter whose key bound reaches min. */
  bounded: number
  /** Of those, how many got the edit-distance bound. */
  refined: number
}

export const EMPTY_BASE: FuzzyBase = {
  ids: new Int32Array(0),
  lengths: new Int32Array(0),
  table: EMPTY_TABLE,
  tokStart: new Int32Array(1),
  tokens: new Int32Array(0)
}

export function unitLang(sourceLang: string): MatchLang {
  return sourceLang.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

/**
 * Fewest full edits that turn the query into a unit `grow` tokens longer (negative: shorter) while
 * destroying `missing` of its bigram keys. A substitution or deletion destroys at most two windows,
 * an insertion at most one; the length change forces |grow| insertions (or deletions) first, and
 * substitutions (two windows per edit) are the cheapest way to destroy the rest.
 */
export function keyDistanceBound(missing: number, grow: number): number {
  const forced = Math.abs(grow)
  const destroyedByForced = grow >= 0 ? grow : 2 * forced
  return forced + Math.ceil(Math.max(0, missing - destroyedByForced) / 2)
}

function byteLengths(lengths: Int32Array): Uint8Array {
  const out = new Uint8Array(lengths.length)
  for (let i = 0; i < lengths.length; i++) out[i] = Math.min(255, lengths[i])
  return out
}

export class FuzzyIndex {
  private base: FuzzyBase
  private dead: Uint8Array
  private deadCount = 0
  private readonly deltaIds: number[] = []
  private readonly deltaLengths = new IntList()
  private readonly deltaSlotOf = new Map<number, number>()
  private readonly deltaHashes = new IntList()
  private readonly deltaSlots = new IntList()
  /** Delta slot d's token ids: deltaTokens[deltaTokStart[d]..deltaTokStart[d+1]). */
  private readonly deltaTokStart = new IntList()
  private readonly deltaTokens = new IntList()
  private delta: PostingTable = EMPTY_TABLE
  private deltaFrozen = 0
  // One byte per slot where possible: counting is bound by memory traffic over a million slots
  // (measured: 70-90 ns per posting with 16-bit counts and 32-bit lengths, 15-18 ns with bytes).
  private counts = new Uint8Array(0)
  private wideCounts = new Uint16Array(0)
  /** Base lengths in a byte (255: look in base.lengths), 0 for a dead slot (no indexed unit is empty). */
  private len8: Uint8Array
  private bitsets = new Map<number, Uint32Array>()
  private bitsetBytes = 0

  constructor(base: FuzzyBase = EMPTY_BASE) {
    this.base = base
    this.dead = new Uint8Array(base.ids.length)
    this.len8 = byteLengths(base.lengths)
    this.deltaTokStart.push(0)
  }

  /** Slots in the base (frozen, snapshot) level. */
  get baseSize(): number {
    return this.base.ids.length
  }

  /** Units indexed since the base was frozen, plus dead base slots: what a compaction would fold in. */
  get pendingSize(): number {
    return this.deltaIds.length + this.deadCount
  }

  get postingCount(): number {
    return this.base.table.postings.length + this.deltaSlots.length
  }

  /** Index a unit's current source text; an older version of the same unit stops counting. */
  add(id: number, lang: MatchLang, source: string): void {
    this.remove(id)
    const slot = this.base.ids.length + this.deltaIds.length
    const { keys, tokenCount, tokenIds } = segmentEntry(source, lang)
    this.deltaIds.push(id)
    this.deltaLengths.push(tokenCount)
    for (let i = 0; i < tokenIds.length; i++) this.deltaTokens.push(tokenIds[i])
    this.deltaTokStart.push(this.deltaTokens.length)
    this.deltaSlotOf.set(id, slot)
    for (const key of keys) {
      this.deltaHashes.push(hashKey(lang, key))
      this.deltaSlots.push(slot)
    }
  }

  /** The unit is gone or changed: its postings no longer count. */
  remove(id: number): void {
    const d = this.deltaSlotOf.get(id)
    if (d !== undefined) {
      this.deltaSlotOf.delete(id)
      this.markDead(d)
    }
    const b = this.baseSlot(id)
    if (b >= 0) this.markDead(b)
  }

  private markDead(slot: number): void {
    if (slot < this.len8.length) this.len8[slot] = 0
    if (this.dead.length <= slot) {
      const next = new Uint8Array(Math.max(slot + 1, this.dead.length * 2, 1024))
      next.set(this.dead)
      this.dead = next
    }
    if (!this.dead[slot]) {
      this.dead[slot] = 1
      this.deadCount++
    }
  }

  private isDead(slot: number): boolean {
    return slot < this.dead.length && this.dead[slot] === 1
  }

  private baseSlot(id: number): number {
    const ids = this.base.ids
    let lo = 0
    let hi = ids.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (ids[mid] < id) lo = mid + 1
      else if (ids[mid] > id) hi = mid - 1
      else return mid
    }
    return -1
  }

  private freezeDelta(): void {
    if (this.deltaFrozen === this.deltaSlots.length) return
    this.delta = buildPostingTable(this.deltaHashes.data, this.deltaSlots.data, this.deltaSlots.length)
    this.deltaFrozen = this.deltaSlots.length
  }

  private lengthOf(slot: number): number {
    const nb = this.base.ids.length
    return slot < nb ? this.base.lengths[slot] : this.deltaLengths.data[slot - nb]
  }

  /** The slot's token ids as a range of one array (no copy). */
  private tokensOf(slot: number): { arr: Int32Array; from: number; to: number } {
    const nb = this.base.ids.length
    if (slot < nb) return { arr: this.base.tokens, from: this.base.tokStart[slot], to: this.base.tokStart[slot + 1] }
    const d = slot - nb
    return { arr: this.deltaTokens.data, from: this.deltaTokStart.data[d], to: this.deltaTokStart.data[d + 1] }
  }

  /** Membership bits of base list k, built on first use and kept (common keys recur in every query). */
  private baseBits(k: number): Uint32Array {
    let bits = this.bitsets.get(k)
    if (bits) return bits
    const nb = this.base.ids.length
    bits = new Uint32Array((nb + 31) >>> 5)
    const { start, postings } = this.base.table
    for (let i = start[k]; i < start[k + 1]; i++) bits[postings[i] >>> 5] |= 1 << (postings[i] & 31)
    this.bitsetBytes += bits.byteLength
    // Oldest first out past the budget (a Map iterates in insertion order).
    while (this.bitsetBytes > BITSET_BUDGET_BYTES && this.bitsets.size > 0) {
      const [oldest, old] = this.bitsets.entries().next().value as [number, Uint32Array]
      this.bitsets.delete(oldest)
      this.bitsetBytes -= old.byteLength
    }
    this.bitsets.set(k, bits)
    return bits
  }

  private idOf(slot: number): number {
    const nb = this.base.ids.length
    return slot < nb ? this.base.ids[slot] : this.deltaIds[slot - nb]
  }

  /** Folds the delta and the dead slots into a new base (ascending ids), for saving. */
  compact(): FuzzyBase {
    this.freezeDelta()
    const nb = this.base.ids.length
    const total = nb + this.deltaIds.length
    const live: number[] = []
    for (let s = 0; s < total; s++) if (!this.isDead(s)) live.push(s)
    live.sort((x, y) => this.idOf(x) - this.idOf(y))
    const newSlot = new Int32Array(total).fill(-1)
    const ids = new Int32Array(live.length)
    const lengths = new Int32Array(live.length)
    const tokStart = new Int32Array(live.length + 1)
    live.forEach((s, i) => {
      newSlot[s] = i
      ids[i] = this.idOf(s)
      lengths[i] = this.lengthOf(s)
      tokStart[i + 1] = tokStart[i] + lengths[i]
    })
    const tokens = new Int32Array(tokStart[live.length])
    live.forEach((s, i) => {
      const { arr, from, to } = this.tokensOf(s)
      tokens.set(arr.subarray(from, to), tokStart[i])
    })
    const pairH = new IntList(Math.max(1024, this.postingCount))
    const pairS = new IntList(Math.max(1024, this.postingCount))
    for (const table of [this.base.table, this.delta]) {
      for (let k = 0; k < table.hashes.length; k++) {
        const h = table.hashes[k]
        for (let i = table.start[k]; i < table.start[k + 1]; i++) {
          const s = newSlot[table.postings[i]]
          if (s < 0) continue
          pairH.push(h)
          pairS.push(s)
        }
      }
    }
    const base = { ids, lengths, table: buildPostingTable(pairH.data, pairS.data, pairH.length), tokStart, tokens }
    this.base = base
    this.bitsets.clear()
    this.bitsetBytes = 0
    this.dead = new Uint8Array(ids.length)
    this.len8 = byteLengths(lengths)
    this.deadCount = 0
    this.deltaIds.length = 0
    this.deltaLengths.length = 0
    this.deltaSlotOf.clear()
    this.deltaHashes.length = 0
    this.deltaSlots.length = 0
    this.deltaTokens.length = 0
    this.deltaTokStart.length = 0
    this.deltaTokStart.push(0)
    this.delta = EMPTY_TABLE
    this.deltaFrozen = 0
    return base
  }

  /**
   * Candidate units for a query, filtered exactly as NgramIndex.lookup does: read the rarest keys
   * safety requires, then count the other keys only for those candidates. Each candidate comes with a
   * cheap bound on its score from the keys it shares and its length, and `refine` tightens that bound
   * with the folded-token edit distance: rankBounded refines and reads only the few that can make the
   * list, best bound first.
   */
  lookup(query: string, lang: MatchLang, min: number, stats?: LookupStats): FuzzyLookup {
    this.freezeDelta()
    const tables = [this.base.table, this.delta]
    const qk = segmentEntry(query, lang)
    const k = qk.keys.length
    const at = new Map<string, [number, number]>()
    const dfs = new Map<string, number>()
    for (const key of qk.keys) {
      const h = hashKey(lang, key)
      const pos: [number, number] = [findKey(tables[0], h), findKey(tables[1], h)]
      at.set(key, pos)
      dfs.set(key, listLength(tables[0], pos[0]) + listLength(tables[1], pos[1]))
    }
    const plan = planLookup(qk, (key) => dfs.get(key) ?? 0, { min, maxKeys: 0 })
    const nb = this.base.ids.length
    const slots = nb + this.deltaIds.length
    const wide = k > BYTE_COUNT_KEYS
    if (!wide && this.counts.length < slots) this.counts = new Uint8Array(Math.max(1024, slots * 2))
    if (wide && this.wideCounts.length < slots) this.wideCounts = new Uint16Array(Math.max(1024, slots * 2))
    const counts = wide ? this.wideCounts : this.counts
    const rejected = wide ? 0xffff : REJECTED
    const len8 = this.len8
    const [lo, hi] = plan.lengthRange
    const baseLengths = this.base.lengths
    const deltaLengths = this.deltaLengths.data
    const dead = this.dead
    const deadLimit = dead.length
    // Every slot whose count was set, to clear afterwards; the candidate pool is the subset in range.
    const touched = new IntList(4096)
    let postings = 0
    for (const key of plan.keys) {
      const pos = at.get(key)!
      for (let ti = 0; ti < 2; ti++) {
        const t = tables[ti]
        const kk = pos[ti]
        if (kk < 0) continue
        const list = t.postings
        const end = t.start[kk + 1]
        postings += end - t.start[kk]
        for (let i = t.start[kk]; i < end; i++) {
          const slot = list[i]
          const c = counts[slot]
          if (c === 0) {
            touched.push(slot)
            let len: number
            if (slot < nb) {
              len = len8[slot]
              if (len === 255) len = baseLengths[slot]
            } else len = slot < deadLimit && dead[slot] === 1 ? 0 : deltaLengths[slot - nb]
            // Dead (length 0) or out of the length range: never a candidate, and not looked at again.
            counts[slot] = len === 0 || len < lo || len > hi ? rejected : 1
          } else if (c !== rejected) counts[slot] = c + 1
        }
      }
    }
    let pool = new Int32Array(touched.length)
    let size = 0
    for (let i = 0; i < touched.length; i++) if (counts[touched.data[i]] !== rejected) pool[size++] = touched.data[i]
    const poolSize = size
    const probed = new Set(plan.keys)
    const rest = qk.keys.filter((key) => !probed.has(key)).sort((x, y) => dfs.get(x)! - dfs.get(y)!)
    const need = plan.complete ? plan.minSharedKeys : 1
    for (let r = 0; r < rest.length && size > 0; r++) {
      const pos = at.get(rest[r])!
      for (let ti = 0; ti < 2; ti++) {
        const t = tables[ti]
        const kk = pos[ti]
        if (kk < 0) continue
        const df = t.start[kk + 1] - t.start[kk]
        if (ti === 0 && df >= Math.max(BITSET_MIN_DF, nb / 64)) {
          // A very common key (these are the ones left for this phase): one bit per base slot.
          const bits = this.baseBits(kk)
          for (let i = 0; i < size; i++) {
            const slot = pool[i]
            if (slot < nb && (bits[slot >>> 5] >>> (slot & 31)) & 1) counts[slot]++
          }
        } else if (df < size * Math.log2(df + 2)) {
          const list = t.postings
          const end = t.start[kk + 1]
          for (let i = t.start[kk]; i < end; i++) {
            const c = counts[list[i]]
            if (c !== 0 && c !== rejected) counts[list[i]] = c + 1
          }
        } else {
          const inTable = (slot: number): boolean => (ti === 0 ? slot < nb : slot >= nb)
          for (let i = 0; i < size; i++) if (inTable(pool[i]) && listHolds(t, kk, pool[i])) counts[pool[i]]++
        }
      }
      // Drop those that can no longer reach `need` even holding every remaining key.
      const left = rest.length - r - 1
      let kept = 0
      for (let i = 0; i < size; i++) if (counts[pool[i]] + left >= need) pool[kept++] = pool[i]
      size = kept
    }
    const n = qk.tokenCount
    const ids = new Int32Array(size)
    const upper = new Uint8Array(size)
    const tokenCounts = new Int32Array(size)
    let out = 0
    for (let i = 0; i < size; i++) {
      const slot = pool[i]
      const c = counts[slot]
      if (c < need) continue
      const len = this.lengthOf(slot)
      const bound = scoreUpperBound(n < KEY_Q ? Math.abs(n - len) : keyDistanceBound(k - c, len - n), n, len)
      if (bound < min) continue
      pool[out] = slot
      ids[out] = slot < nb ? this.base.ids[slot] : this.deltaIds[slot - nb]
      upper[out] = bound
      tokenCounts[out++] = len
    }
    for (let i = 0; i < touched.length; i++) counts[touched.data[i]] = 0
    pool = pool.subarray(0, out)
    if (stats) {
      stats.postings += postings
      stats.pool += poolSize
      stats.bounded += out
    }
    const dist = new TokenDistance(qk.tokenIds)
    const refine = (i: number): number => {
      const { arr, from, to } = this.tokensOf(pool[i])
      const len = to - from
      if (stats) stats.refined++
      return scoreUpperBound(dist.distance(arr, from, to, maxDistanceFor(min, n, len)), n, len)
    }
    return {
      ids: ids.subarray(0, out),
      upper: upper.subarray(0, out),
      tokenCounts: tokenCounts.subarray(0, out),
      refine,
      complete: plan.complete
    }
  }
}
