/**
 * Unit-cost edit distance between sequences of folded-token ids (32-bit hashes of the tokens' folded
 * forms), bit-parallel (Myers 1999, blocks of 32 pattern positions as in Hyyrö's formulation).
 *
 * Why it exists: it is a cheap, safe upper bound on the CAT match % of fuzzy.ts. matchScore weighs a
 * substitution between tokens of the same fold at 0.25 and every other edit at 1; treating equal folds
 * as free can only lower the distance, and two different folds sharing a hash only makes them look
 * equal, lowering it further. So the score computed from this distance is never below the real one,
 * and a lookup can drop or postpone candidates by it without reading or re-tokenizing their text.
 */

/** Open-addressing table from token id to its slot in the pattern's match-vector rows. */
class TokenSlots {
  private readonly keys: Int32Array
  private readonly vals: Int32Array
  private readonly used: Uint8Array
  private readonly mask: number
  size = 0

  constructor(capacity: number) {
    let cap = 16
    while (cap < capacity * 2) cap *= 2
    this.keys = new Int32Array(cap)
    this.vals = new Int32Array(cap)
    this.used = new Uint8Array(cap)
    this.mask = cap - 1
  }

  private probe(key: number): number {
    // Multiplicative scramble: token ids are hashes already, but low bits of similar ones may cluster.
    let i = Math.imul(key, 0x9e3779b1) >>> 16
    for (;;) {
      i &= this.mask
      if (!this.used[i] || this.keys[i] === key) return i
      i++
    }
  }

  /** Slot of the key, adding it when new. */
  slot(key: number): number {
    const i = this.probe(key)
    if (!this.used[i]) {
      this.used[i] = 1
      this.keys[i] = key
      this.vals[i] = this.size++
    }
    return this.vals[i]
  }

  /** Slot of the key, or -1. */
  find(key: number): number {
    const i = this.probe(key)
    return this.used[i] ? this.vals[i] : -1
  }
}

/**
 * Pattern tokens in a direct-mapped table: bits `shift..shift+log2(size)` of a token id pick its cell,
 * chosen so that no two distinct pattern tokens share one. A text token then costs one load and one
 * compare (a lookup bounds tens of thousands of candidates per query). Null when no shift separates
 * the pattern's tokens (the open-addressing TokenSlots then serves).
 */
class DirectSlots {
  readonly keys: Int32Array
  /** Pattern slot + 1 per cell; 0 for an empty cell. */
  readonly slot1: Int32Array
  readonly mask: number
  readonly shift: number

  private constructor(keys: Int32Array, slot1: Int32Array, mask: number, shift: number) {
    this.keys = keys
    this.slot1 = slot1
    this.mask = mask
    this.shift = shift
  }

  static build(tokens: Int32Array, slots: Int32Array): DirectSlots | null {
    let size = 256
    while (size < tokens.length * 32) size *= 2
    const mask = size - 1
    const bits = Math.log2(size)
    const keys = new Int32Array(size)
    const slot1 = new Int32Array(size)
    for (let shift = 0; shift + bits <= 32; shift += 3) {
      slot1.fill(0)
      let clash = false
      for (let i = 0; i < tokens.length && !clash; i++) {
        const x = (tokens[i] >>> shift) & mask
        if (slot1[x] !== 0 && keys[x] !== tokens[i]) clash = true
        keys[x] = tokens[i]
        slot1[x] = slots[i] + 1
      }
      if (!clash) return new DirectSlots(keys, slot1, mask, shift)
    }
    return null
  }
}

/**
 * A query (the pattern) prepared once, then compared with many candidates. Each candidate is a range
 * of an Int32Array, so posting-style storage (all units' tokens in one array) needs no copying.
 */
export class TokenDistance {
  /** Pattern length. */
  readonly m: number
  private readonly blocks: number
  private readonly slots: TokenSlots
  /** peq[slot * blocks + b]: bits of block b where the pattern holds that token. */
  private readonly peq: Int32Array
  private readonly pv: Int32Array
  private readonly mv: Int32Array
  /** Bit of the pattern's last position inside the last block. */
  private readonly lastBit: number
  private readonly direct: DirectSlots | null
  /** Patterns of one or two blocks: the match vector of block b per direct cell, at [b * cells + cell]. */
  private readonly directPeq: Int32Array

  constructor(pattern: ArrayLike<number>) {
    this.m = pattern.length
    this.blocks = Math.max(1, Math.ceil(this.m / 32))
    this.slots = new TokenSlots(this.m)
    const slotOf = new Int32Array(this.m)
    for (let i = 0; i < this.m; i++) slotOf[i] = this.slots.slot(pattern[i] | 0)
    this.peq = new Int32Array(Math.max(1, this.slots.size) * this.blocks)
    for (let i = 0; i < this.m; i++) this.peq[slotOf[i] * this.blocks + (i >>> 5)] |= 1 << (i & 31)
    this.pv = new Int32Array(this.blocks)
    this.mv = new Int32Array(this.blocks)
    this.lastBit = this.m === 0 ? 0 : 1 << ((this.m - 1) & 31)
    const tokens = Int32Array.from({ length: this.m }, (_, i) => pattern[i] | 0)
    this.direct = DirectSlots.build(tokens, slotOf)
    const cells = this.direct && this.blocks <= 2 ? this.direct.keys.length : 0
    this.directPeq = new Int32Array(cells * this.blocks)
    if (cells > 0) {
      const { slot1 } = this.direct!
      for (let x = 0; x < cells; x++) {
        if (slot1[x] === 0) continue
        for (let b = 0; b < this.blocks; b++) this.directPeq[b * cells + x] = this.peq[(slot1[x] - 1) * this.blocks + b]
      }
    }
  }

  /** The pattern slot of a token id, or -1. */
  private slotOf(token: number): number {
    const d = this.direct
    if (!d) return this.slots.find(token)
    const x = (token >>> d.shift) & d.mask
    return d.keys[x] === token ? d.slot1[x] - 1 : -1
  }

  /**
   * Edit distance between the pattern and text[from..to). When `maxDistance` is given, may stop early
   * and return any value above it once the distance is sure to exceed it.
   */
  distance(text: ArrayLike<number>, from = 0, to = text.length, maxDistance = Infinity): number {
    const n = to - from
    if (this.m === 0) return n
    if (n === 0) return this.m
    if (this.direct && this.blocks === 1) return this.oneBlockDirect(text, from, to, maxDistance)
    // 33 to 64 tokens: long policy sentences, the costliest candidates to bound.
    if (this.direct && this.blocks === 2) return this.twoBlocksDirect(text, from, to, maxDistance)
    return this.blocks === 1 ? this.oneBlock(text, from, to, maxDistance) : this.manyBlocks(text, from, to, maxDistance)
  }

  private oneBlock(text: ArrayLike<number>, from: number, to: number, maxDistance: number): number {
    const high = this.lastBit
    let pv = -1
    let mv = 0
    let score = this.m
    for (let j = from; j < to; j++) {
      const s = this.slots.find(text[j] | 0)
      const eq = s < 0 ? 0 : this.peq[s]
      const xv = eq | mv
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq
      let ph = mv | ~(xh | pv)
      let mh = pv & xh
      if (ph & high) score++
      else if (mh & high) score--
      // Global distance: the row above the pattern grows by one per text token.
      ph = (ph << 1) | 1
      mh <<= 1
      pv = mh | ~(xv | ph)
      mv = ph & xv
      // The final distance differs from the current one by at most the tokens still to read.
      if (score - (to - j - 1) > maxDistance) return score - (to - j - 1)
    }
    return score
  }

  /** oneBlock with the match vectors read straight from the direct table (the common case). */
  private oneBlockDirect(text: ArrayLike<number>, from: number, to: number, maxDistance: number): number {
    const high = this.lastBit
    const { keys, mask, shift } = this.direct!
    const peq = this.directPeq
    let pv = -1
    let mv = 0
    let score = this.m
    for (let j = from; j < to; j++) {
      const t = text[j] | 0
      const x = (t >>> shift) & mask
      const eq = keys[x] === t ? peq[x] : 0
      const xv = eq | mv
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq
      let ph = mv | ~(xh | pv)
      let mh = pv & xh
      if (ph & high) score++
      else if (mh & high) score--
      ph = (ph << 1) | 1
      mh <<= 1
      pv = mh | ~(xv | ph)
      mv = ph & xv
      if (score - (to - j - 1) > maxDistance) return score - (to - j - 1)
    }
    return score
  }

  /** manyBlocks unrolled for two blocks, the state in locals and the match vectors from the direct table. */
  private twoBlocksDirect(text: ArrayLike<number>, from: number, to: number, maxDistance: number): number {
    const high = this.lastBit
    const { keys, mask, shift } = this.direct!
    const peq = this.directPeq
    const cells = keys.length
    let pv0 = -1
    let mv0 = 0
    let pv1 = -1
    let mv1 = 0
    let score = this.m
    for (let j = from; j < to; j++) {
      const t = text[j] | 0
      const x = (t >>> shift) & mask
      const hit = keys[x] === t
      // Block 0: the row above the pattern grows by one per text token (carry in +1).
      let eq = hit ? peq[x] : 0
      let xv = eq | mv0
      let xh = ((((eq & pv0) + pv0) | 0) ^ pv0) | eq
      let ph = mv0 | ~(xh | pv0)
      let mh = pv0 & xh
      const carry = ph & 0x80000000 ? 1 : mh & 0x80000000 ? -1 : 0
      ph = (ph << 1) | 1
      mh <<= 1
      pv0 = mh | ~(xv | ph)
      mv0 = ph & xv
      // Block 1, carry in from block 0.
      eq = hit ? peq[cells + x] : 0
      xv = eq | mv1
      if (carry < 0) eq |= 1
      xh = ((((eq & pv1) + pv1) | 0) ^ pv1) | eq
      ph = mv1 | ~(xh | pv1)
      mh = pv1 & xh
      if (ph & high) score++
      else if (mh & high) score--
      ph <<= 1
      mh <<= 1
      if (carry < 0) mh |= 1
      else if (carry > 0) ph |= 1
      pv1 = mh | ~(xv | ph)
      mv1 = ph & xv
      if (score - (to - j - 1) > maxDistance) return score - (to - j - 1)
    }
    return score
  }

  private manyBlocks(text: ArrayLike<number>, from: number, to: number, maxDistance: number): number {
    const blocks = this.blocks
    const pvs = this.pv.fill(-1)
    const mvs = this.mv.fill(0)
    const last = blocks - 1
    let score = this.m
    for (let j = from; j < to; j++) {
      const s = this.slotOf(text[j] | 0)
      const base = s < 0 ? -1 : s * blocks
      let hin = 1
      for (let b = 0; b < blocks; b++) {
        const pv = pvs[b]
        const mv = mvs[b]
        let eq = base < 0 ? 0 : this.peq[base + b]
        const xv = eq | mv
        if (hin < 0) eq |= 1
        const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq
        let ph = mv | ~(xh | pv)
        let mh = pv & xh
        const high = b === last ? this.lastBit : 1 << 31
        const hout = ph & high ? 1 : mh & high ? -1 : 0
        ph <<= 1
        mh <<= 1
        if (hin < 0) mh |= 1
        else if (hin > 0) ph |= 1
        pvs[b] = mh | ~(xv | ph)
        mvs[b] = ph & xv
        hin = hout
      }
      score += hin
      if (score - (to - j - 1) > maxDistance) return score - (to - j - 1)
    }
    return score
  }
}

/**
 * Highest match % that segments of la and lb tokens at unit-cost folded distance d can reach in
 * matchScore (same flooring; 100 only when the folds are identical, as identical text needs that).
 */
export function scoreUpperBound(d: number, la: number, lb: number): number {
  if (d <= 0) return 100
  const longest = Math.max(la, lb)
  if (longest === 0) return 0
  return Math.max(0, Math.min(99, Math.floor(100 * (1 - d / longest) + 1e-9)))
}

/**
 * A folded distance above which segments of la and lb tokens cannot score `min` (rounded up, so it is
 * only ever too generous: callers still check scoreUpperBound).
 */
export function maxDistanceFor(min: number, la: number, lb: number): number {
  return Math.ceil((1 - min / 100) * Math.max(la, lb))
}

/** 32-bit FNV-1a of a folded token: the token id the distance compares. */
export function tokenId(fold: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < fold.length; i++) {
    h ^= fold.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}
