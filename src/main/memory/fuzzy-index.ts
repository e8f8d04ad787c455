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
import { planLookup, segmentKeys, type MatchLang } from '../../core/memory'
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
}

export interface FuzzyLookup {
  /** Unit ids that passed the key and length filters, to verify with rankMatches. */
  ids: number[]
  complete: boolean
}

export function unitLang(sourceLang: string): MatchLang {
  return sourceLang.toLowerCase().startsWith('zh') ? 'zh' : 'en'
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
  private delta: PostingTable = EMPTY_TABLE
  private deltaFrozen = 0
  private counts = new Uint16Array(0)

  constructor(base: FuzzyBase = { ids: new Int32Array(0), lengths: new Int32Array(0), table: EMPTY_TABLE }) {
    this.base = base
    this.dead = new Uint8Array(base.ids.length)
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
    const { keys, tokenCount } = segmentKeys(source, lang)
    this.deltaIds.push(id)
    this.deltaLengths.push(tokenCount)
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
    live.forEach((s, i) => {
      newSlot[s] = i
      ids[i] = this.idOf(s)
      lengths[i] = this.lengthOf(s)
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
    const base = { ids, lengths, table: buildPostingTable(pairH.data, pairS.data, pairH.length) }
    this.base = base
    this.dead = new Uint8Array(ids.length)
    this.deadCount = 0
    this.deltaIds.length = 0
    this.deltaLengths.length = 0
    this.deltaSlotOf.clear()
    this.deltaHashes.length = 0
    this.deltaSlots.length = 0
    this.delta = EMPTY_TABLE
    this.deltaFrozen = 0
    return base
  }

  /**
   * Candidate unit ids for a query, filtered exactly as NgramIndex.lookup does: read the rarest keys
   * safety requires, then count the other keys only for those candidates.
   */
  lookup(query: string, lang: MatchLang, min: number): FuzzyLookup {
    this.freezeDelta()
    const tables = [this.base.table, this.delta]
    const qk = segmentKeys(query, lang)
    const hashes = new Map(qk.keys.map((k) => [k, hashKey(lang, k)]))
    const where = new Map(qk.keys.map((k) => [k, tables.map((t) => findKey(t, hashes.get(k)!))]))
    const dfs = new Map(qk.keys.map((k) => [k, tables.reduce((n, t, i) => n + listLength(t, where.get(k)![i]), 0)]))
    const plan = planLookup(qk, (k) => dfs.get(k) ?? 0, { min, maxKeys: 0 })
    const slots = this.base.ids.length + this.deltaIds.length
    if (this.counts.length < slots) this.counts = new Uint16Array(Math.max(1024, slots * 2))
    const counts = this.counts
    const touched: number[] = []
    for (const key of plan.keys) {
      tables.forEach((t, ti) => {
        const k = where.get(key)![ti]
        if (k < 0) return
        for (let i = t.start[k]; i < t.start[k + 1]; i++) {
          const slot = t.postings[i]
          if (counts[slot] === 0) {
            if (this.isDead(slot)) continue
            touched.push(slot)
          }
          counts[slot]++
        }
      })
    }
    const [lo, hi] = plan.lengthRange
    let pool = touched.filter((slot) => {
      const len = this.lengthOf(slot)
      return len >= lo && len <= hi
    })
    const probed = new Set(plan.keys)
    const rest = qk.keys.filter((k) => !probed.has(k)).sort((x, y) => dfs.get(x)! - dfs.get(y)!)
    const need = plan.complete ? plan.minSharedKeys : 1
    const nb = this.base.ids.length
    for (let r = 0; r < rest.length && pool.length > 0; r++) {
      const at = where.get(rest[r])!
      const size = dfs.get(rest[r])!
      if (size < pool.length * Math.log2(size + 2)) {
        tables.forEach((t, ti) => {
          const k = at[ti]
          if (k < 0) return
          for (let i = t.start[k]; i < t.start[k + 1]; i++) if (counts[t.postings[i]] > 0) counts[t.postings[i]]++
        })
      } else {
        for (const slot of pool) if (listHolds(slot < nb ? tables[0] : tables[1], slot < nb ? at[0] : at[1], slot)) counts[slot]++
      }
      // Drop those that can no longer reach `need` even holding every remaining key.
      const left = rest.length - r - 1
      pool = pool.filter((slot) => counts[slot] + left >= need)
    }
    const ids: number[] = []
    for (const slot of pool) if (counts[slot] >= need) ids.push(this.idOf(slot))
    for (const slot of touched) counts[slot] = 0
    return { ids, complete: plan.complete }
  }
}
