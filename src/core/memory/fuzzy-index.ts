/**
 * The fuzzy-match index as typed arrays, so it can be saved to disk and reloaded by a fresh process
 * (fuzzy-snapshot.ts) instead of re-tokenizing the whole memory. Two levels:
 *   base   a large frozen PostingTable, slots 0..n-1 in (token count, unit id) order (what a
 *          snapshot holds): a query's length range is one run of slots (slot-order.ts)
 *   delta  units added or re-indexed since, slots n.., re-frozen lazily (small, so cheap)
 * An edited or deleted unit's old slot is marked dead; its current text gets a delta slot. Unit texts
 * are not kept: the caller fetches the few verified candidates from SQLite.
 *
 * The lookup applies the core NgramIndex's filter (same keys, same planLookup bounds: length range,
 * keys a match must share), so it is exactly as safe and the ranked results are identical; it only
 * counts differently (see lookup()).
 */
import {
  type BoundedCandidates,
  KEY_Q,
  lengthRange,
  type MatchCandidate,
  type MatchLang,
  maxDistanceFor,
  planLookup,
  rankBounded,
  type RankedMatch,
  scoreUpperBound,
  type SegmentEntry,
  segmentEntry,
  TokenDistance
} from './index'
import {
  buildPostingTable,
  EMPTY_TABLE,
  findKey,
  hashKey,
  IntList,
  listHolds,
  listLength,
  type PostingTable
} from './posting-table'
import { byLengthThenId, lengthStarts, lowerBound, slotRange, slotsById } from './slot-order'

export interface FuzzyBase {
  /** Unit id per slot (slots in (length, id) order since compact(); id order in older snapshots). */
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

/**
 * Lists longer than this share of the memory are tested through bitsets, and only for the units the
 * shorter lists let through, instead of being counted: a million-unit template memory has query keys
 * held by half its units.
 */
const COUNTED_LIST_SHARE = 1 / 2

/** Work counters of one lookup (benchmarks, tests). */
export interface LookupStats {
  /** Postings counted (in the length range). */
  postings: number
  /** Units counted often enough by those lists, inside the length range. */
  pool: number
  /** Units left after the key-count filter whose key bound reaches min. */
  bounded: number
  /** Of those, how many got the edit-distance bound. */
  refined: number
  /** Candidates of the full lookup. */
  candidates?: number
  /** Texts read (rank()). */
  read?: number
}

/** A query key and its posting list in each level (-1: none). */
interface KeyRef {
  key: string
  /** First-occurrence order in the query. */
  i: number
  base: number
  delta: number
  df: number
}

/** A key for one length range: its base postings there (a run of its list) and how many in all. */
interface RangedRef extends KeyRef {
  from: number
  to: number
  /** Postings in the range: base run + whole delta list. */
  dfIn: number
}

/** A query tokenized and its keys looked up in the key tables (independent of min). */
export interface PreparedQuery {
  query: string
  lang: MatchLang
  entry: SegmentEntry
  /** Its distinct keys, rarest first (planLookup's order). */
  refs: KeyRef[]
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

/** Highest score a unit of `len` tokens holding `shared` of a query's k keys (n tokens) can reach. */
function keyScoreBound(n: number, k: number, shared: number, len: number): number {
  return scoreUpperBound(n < KEY_Q ? Math.abs(n - len) : keyDistanceBound(k - shared, len - n), n, len)
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
  /** Scratch of a lookup: the candidate pool's slots and their key counts. */
  private poolSlots = new Int32Array(0)
  private poolCounts = new Uint16Array(0)
  private poolLens = new Int32Array(0)
  private bitsets = new Map<number, Uint32Array>()
  private bitsetBytes = 0
  /** First base slot per length (slot-order.ts), or null for a base in another order. */
  private lenStart: Int32Array | null
  /** Base slots sorted by unit id, built when a unit is first removed. */
  private idOrder: Int32Array | null = null

  constructor(base: FuzzyBase = EMPTY_BASE) {
    this.base = base
    this.dead = new Uint8Array(base.ids.length)
    this.len8 = byteLengths(base.lengths)
    this.lenStart = lengthStarts(base.lengths)
    this.deltaTokStart.push(0)
  }

  /** Whether the base is in (length, id) slot order (what compact() writes): lookups skip other lengths. */
  get lengthOrdered(): boolean {
    return this.lenStart !== null
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
    const order = (this.idOrder ??= slotsById(ids))
    let lo = 0
    let hi = ids.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const v = ids[order[mid]]
      if (v < id) lo = mid + 1
      else if (v > id) hi = mid - 1
      else return order[mid]
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

  /** Folds the delta and the dead slots into a new base, slots in (length, id) order, for saving. */
  compact(): FuzzyBase {
    this.freezeDelta()
    const nb = this.base.ids.length
    const total = nb + this.deltaIds.length
    const alive = new IntList(Math.max(1024, total))
    for (let s = 0; s < total; s++) if (!this.isDead(s)) alive.push(s)
    const live = byLengthThenId(
      alive.data.subarray(0, alive.length),
      (s) => this.lengthOf(s),
      (s) => this.idOf(s)
    )
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
    this.lenStart = lengthStarts(lengths)
    this.idOrder = null
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

  /** The query's keys and token ids, each key's list in both levels, rarest first (any min, any pass). */
  prepare(query: string, lang: MatchLang): PreparedQuery {
    this.freezeDelta()
    const entry = segmentEntry(query, lang)
    const refs = entry.keys.map((key, i): KeyRef => {
      const h = hashKey(lang, key)
      const base = findKey(this.base.table, h)
      const delta = findKey(this.delta, h)
      return { key, i, base, delta, df: listLength(this.base.table, base) + listLength(this.delta, delta) }
    })
    // planLookup's order (df, then first occurrence): its required keys are a prefix of this list.
    refs.sort((x, y) => x.df - y.df || x.i - y.i)
    return { query, lang, entry, refs }
  }

  /**
   * The count array for `slots` slots (zeroed: every use clears what it counted), and room for a pool
   * of `poolMax` slots (at most the slots in the counted runs; grown, never shrunk).
   */
  private countArrays(slots: number, wide: boolean, poolMax: number): Uint8Array | Uint16Array {
    // A multiple of 4 bytes: collect() reads the counts as 32-bit words.
    if (!wide && this.counts.length < slots) this.counts = new Uint8Array(Math.max(1024, slots * 2 + 4) & ~3)
    if (wide && this.wideCounts.length < slots) this.wideCounts = new Uint16Array(Math.max(1024, slots * 2))
    if (this.poolSlots.length < poolMax) {
      const size = Math.max(1024, Math.ceil(poolMax * 1.5))
      this.poolSlots = new Int32Array(size)
      this.poolCounts = new Uint16Array(size)
      this.poolLens = new Int32Array(size)
    }
    return wide ? this.wideCounts : this.counts
  }

  /**
   * The keys with their base postings restricted to slots [sLo, sHi) (the length range, when the base
   * is in length order), rarest there first (then first occurrence, as planLookup orders).
   */
  private ranged(refs: KeyRef[], sLo: number, sHi: number): RangedRef[] {
    const { start, postings } = this.base.table
    const out = refs.map((ref): RangedRef => {
      let from = 0
      let to = 0
      if (ref.base >= 0) {
        from = lowerBound(postings, start[ref.base], start[ref.base + 1], sLo)
        to = lowerBound(postings, from, start[ref.base + 1], sHi)
      }
      return { ...ref, from, to, dfIn: to - from + listLength(this.delta, ref.delta) }
    })
    return out.sort((x, y) => x.dfIn - y.dfIn || x.i - y.i)
  }

  /** Adds one per posting of refs[0..r) to the slot's count; returns the postings read. */
  private countLists(counts: Uint8Array | Uint16Array, refs: RangedRef[], r: number): number {
    let postings = 0
    const list = this.base.table.postings
    for (let j = 0; j < r; j++) {
      const end = refs[j].to
      postings += end - refs[j].from
      for (let i = refs[j].from; i < end; i++) counts[list[i]]++
    }
    const { start, postings: deltaList } = this.delta
    for (let j = 0; j < r; j++) {
      const kk = refs[j].delta
      if (kk < 0) continue
      postings += start[kk + 1] - start[kk]
      for (let i = start[kk]; i < start[kk + 1]; i++) counts[deltaList[i]]++
    }
    return postings
  }

  /** Token count of the slot's unit, 0 when the slot is dead. */
  private liveLength(slot: number): number {
    const nb = this.base.ids.length
    if (slot < nb) {
      const len = this.len8[slot]
      return len === 255 ? this.base.lengths[slot] : len
    }
    return this.isDead(slot) ? 0 : this.deltaLengths.data[slot - nb]
  }

  /**
   * Slots of the given runs ([from, to) pairs, ascending, the only slots counted) counted at least
   * `least` times and holding a live unit of lo..hi tokens, ascending, into poolSlots, poolCounts and
   * poolLens. A linear scan of the counts, four at a time: cheaper than walking the lists again.
   */
  private collect(
    counts: Uint8Array | Uint16Array,
    runs: [number, number][],
    least: number,
    lo: number,
    hi: number
  ): number {
    const pool = this.poolSlots
    const poolCounts = this.poolCounts
    const poolLens = this.poolLens
    const nb = this.base.ids.length
    const len8 = this.len8
    let size = 0
    if (counts instanceof Uint16Array || least > 127) {
      for (const [from, to] of runs) {
        for (let slot = from; slot < to; slot++) {
          const c = counts[slot]
          if (c < least) continue
          const len = this.liveLength(slot)
          if (len === 0 || len < lo || len > hi) continue
          pool[size] = slot
          poolCounts[size] = c
          poolLens[size++] = len
        }
      }
      return size
    }
    // Byte counts: with every count below 128, (c + 128 - least) has its high bit set iff c >= least,
    // and no byte carries into the next (countArrays keeps the length a multiple of 4).
    const words = new Uint32Array(counts.buffer, counts.byteOffset, counts.length >>> 2)
    const add = (0x80 - least) * 0x01010101
    let done = 0 // words before this one are scanned (runs may share a word)
    for (const [from, to] of runs) {
      const wEnd = (to + 3) >>> 2
      for (let w = Math.max(done, from >>> 2); w < wEnd; w++) {
        const v = words[w]
        if (v === 0 || ((v + add) & 0x80808080) === 0) continue
        for (let b = 0; b < 4; b++) {
          const c = (v >>> (8 * b)) & 0xff
          if (c < least) continue
          const slot = (w << 2) + b
          // Base slots: the byte copy of the lengths (0: dead, 255: look up the full length).
          let len = slot < nb ? len8[slot] : this.liveLength(slot)
          if (len === 255) len = this.base.lengths[slot]
          if (len === 0 || len < lo || len > hi) continue
          pool[size] = slot
          poolCounts[size] = c
          poolLens[size++] = len
        }
      }
      done = Math.max(done, wEnd)
    }
    return size
  }

  /**
   * Adds key `ref` to the counts of the pool's slots and keeps those that can still reach `need`
   * with `left` keys to go; returns the new pool size.
   */
  private countCommon(ref: KeyRef, size: number, need: number, left: number): number {
    const nb = this.base.ids.length
    const pool = this.poolSlots
    const poolCounts = this.poolCounts
    const base = this.base.table
    const df = listLength(base, ref.base)
    const bits = ref.base >= 0 && df >= Math.max(BITSET_MIN_DF, nb / 64) ? this.baseBits(ref.base) : null
    const poolLens = this.poolLens
    let kept = 0
    for (let i = 0; i < size; i++) {
      const slot = pool[i]
      let c = poolCounts[i]
      if (slot < nb) {
        if (bits) c += (bits[slot >>> 5] >>> (slot & 31)) & 1
        else if (listHolds(base, ref.base, slot)) c++
      } else if (listHolds(this.delta, ref.delta, slot)) c++
      if (c + left >= need) {
        pool[kept] = slot
        poolLens[kept] = poolLens[i]
        poolCounts[kept++] = c
      }
    }
    return kept
  }

  /**
   * Candidate units for a query, filtered exactly as NgramIndex.lookup does (the same keys, the same
   * bounds), each with a cheap bound on its score from the keys it shares and its length, and `refine`
   * to tighten it by the folded-token edit distance: rankBounded refines and reads only the few that
   * can make the list, best bound first.
   *
   * Filter: a unit scoring >= min has a token count in [lo, hi] and holds at least `need` of the
   * query's k keys. With the base in length order, only the run of each posting list inside the
   * length range is read (two binary searches). Count the r lists rarest there (at least k - need + 1
   * of them, plus the others not longer than COUNTED_LIST_SHARE of the range): a candidate holds at
   * least need - (k - r) of those, which a linear scan of the byte counts picks out (4 at a time).
   * Then the few very common keys left are tested through cached bitsets, dropping units as soon as
   * they cannot reach `need`. Measured at 1,000,000 template units: counting costs 4-7 ns a posting
   * (random byte increments), so reading fewer postings is what pays.
   */
  lookup(query: string | PreparedQuery, lang: MatchLang, min: number, stats?: LookupStats): FuzzyLookup {
    const p = typeof query === 'string' ? this.prepare(query, lang) : query
    const k = p.refs.length
    const dfs = new Map(p.refs.map((r) => [r.key, r.df]))
    const plan = planLookup(p.entry, (key) => dfs.get(key) ?? 0, { min, maxKeys: 0 })
    const need = plan.complete ? plan.minSharedKeys : 1
    // Any k - need + 1 keys will do (a unit missing all of them misses too many): the rarest in range.
    const required = plan.keys.length
    const [lo, hi] = plan.lengthRange
    const nb = this.base.ids.length
    const slots = nb + this.deltaIds.length
    const [sLo, sHi] = slotRange(this.lenStart, nb, lo, hi)
    const refs = this.ranged(p.refs, sLo, sHi)
    let r = required
    const countedMax = Math.max(BITSET_MIN_DF, (sHi - sLo) * COUNTED_LIST_SHARE)
    while (r < k && r < 127 && refs[r].dfIn <= countedMax) r++
    const counts = this.countArrays(slots, r > 127, sHi - sLo + slots - nb)
    const postings = this.countLists(counts, refs, r)
    const runs: [number, number][] = [
      [sLo, sHi],
      [nb, slots]
    ]
    let size = this.collect(counts, runs, need - (k - r), lo, hi)
    // Slots counted but not collected keep their counts: clear the runs (a memset).
    for (const [from, to] of runs) counts.fill(0, from, to)
    const poolSize = size
    for (let j = r; j < k && size > 0; j++) size = this.countCommon(refs[j], size, need, k - j - 1)
    return this.bounded(p, min, size, postings, poolSize, stats, plan.complete)
  }

  /** Score bounds for the first `size` pool slots (their counts: keys shared), as a FuzzyLookup. */
  private bounded(
    p: PreparedQuery,
    min: number,
    size: number,
    postings: number,
    poolSize: number,
    stats: LookupStats | undefined,
    complete: boolean
  ): FuzzyLookup {
    const nb = this.base.ids.length
    const n = p.entry.tokenCount
    const k = p.refs.length
    const pool = this.poolSlots
    const poolCounts = this.poolCounts
    const poolLens = this.poolLens
    const slotsOut = new Int32Array(size)
    const ids = new Int32Array(size)
    const upper = new Uint8Array(size)
    const tokenCounts = new Int32Array(size)
    const [lo, hi] = lengthRange(n, min)
    // The bound depends only on (keys shared, length): a small table instead of arithmetic per unit.
    const span = hi - lo + 1
    const table = span > 0 && span * (k + 1) <= 1 << 16 ? new Uint8Array(span * (k + 1)).fill(0xff) : null
    let out = 0
    for (let i = 0; i < size; i++) {
      const len = poolLens[i]
      let bound: number
      if (table && len >= lo && len <= hi) {
        const at = poolCounts[i] * span + len - lo
        bound = table[at]
        if (bound === 0xff) bound = table[at] = keyScoreBound(n, k, poolCounts[i], len)
      } else bound = keyScoreBound(n, k, poolCounts[i], len)
      if (bound < min) continue
      const slot = pool[i]
      slotsOut[out] = slot
      ids[out] = slot < nb ? this.base.ids[slot] : this.deltaIds[slot - nb]
      upper[out] = bound
      tokenCounts[out++] = len
    }
    if (stats) {
      stats.postings += postings
      stats.pool += poolSize
      stats.bounded += out
    }
    const dist = new TokenDistance(p.entry.tokenIds)
    const { tokens, tokStart } = this.base
    const deltaTokens = this.deltaTokens.data
    const deltaStart = this.deltaTokStart.data
    const refine = (i: number): number => {
      const slot = slotsOut[i]
      const len = tokenCounts[i]
      if (stats) stats.refined++
      const max = maxDistanceFor(min, n, len)
      const d =
        slot < nb
          ? dist.distance(tokens, tokStart[slot], tokStart[slot + 1], max)
          : dist.distance(deltaTokens, deltaStart[slot - nb], deltaStart[slot - nb + 1], max)
      return scoreUpperBound(d, n, len)
    }
    return {
      ids: ids.subarray(0, out),
      upper: upper.subarray(0, out),
      tokenCounts: tokenCounts.subarray(0, out),
      refine,
      complete
    }
  }

  /**
   * rankMatches(query, every unit, { min, limit }) through the index: lookup() then rankBounded.
   * `fetch` gives the current text of units (omitting deleted ones).
   */
  rank(
    query: string,
    lang: MatchLang,
    min: number,
    limit: number,
    fetch: (ids: number[]) => MatchCandidate[],
    stats?: LookupStats
  ): RankedMatch[] {
    if (limit <= 0) return []
    const p = this.prepare(query, lang)
    const counted = (ids: number[]): MatchCandidate[] => {
      if (stats) stats.read = (stats.read ?? 0) + ids.length
      return fetch(ids)
    }
    const found = this.lookup(p, lang, min, stats)
    if (stats) stats.candidates = found.ids.length
    return rankBounded(query, found, counted, { min, limit, lang })
  }
}
