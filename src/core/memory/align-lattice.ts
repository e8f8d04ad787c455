/**
 * The search behind sentence alignment: dynamic programming over the whole lattice of cut points
 * (i English units, j Chinese units consumed), restricted to a corridor, with both the best path
 * (Viterbi) and every bead's posterior probability (forward–backward). Global, not greedy: an omission
 * costs what it costs where it is, and the path recovers at the next cut instead of drifting.
 *
 * The corridor is a range of j per i. It only bounds the work: when the best path touches a corridor
 * edge the caller widens the corridor and searches again (see `touchesEdge`).
 */

export interface BeadShape {
  /** English and Chinese units the bead takes. */
  de: number
  dz: number
}

export interface Corridor {
  /** For each i in 0..n, the lowest and highest j searched. */
  lo: Int32Array
  hi: Int32Array
}

export interface LatticeBead {
  /** Start of the bead (units before it) on each side, and its shape. */
  i: number
  j: number
  shape: number
  /** Posterior probability of this bead among all alignments inside the corridor (NaN when not asked). */
  posterior: number
}

export interface LatticeResult {
  beads: LatticeBead[]
  /** The best path runs along an edge of the corridor that is not the lattice's own edge. */
  touchesEdge: boolean
}

/** Cost of the bead of shape `k` that ends at (i, j), or Infinity when impossible. */
export type BeadCost = (i: number, j: number, k: number) => number

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b
  if (b === -Infinity) return a
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b))
}

/** A band of half-width `width` around the straight line from (0, 0) to (n, m). */
export function diagonalCorridor(n: number, m: number, width: number): Corridor {
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : (i * m) / n
    lo[i] = Math.max(0, Math.floor(centre - width))
    hi[i] = Math.min(m, Math.ceil(centre + width))
  }
  lo[0] = 0
  hi[n] = m
  return { lo, hi }
}

/**
 * A corridor around given cut points (i, j) of a monotone path from (0, 0) to (n, m): each row gets
 * the j span the path covers there (interpolated between cuts), widened by `margin` on both sides.
 */
export function pathCorridor(n: number, m: number, cuts: [number, number][], margin: number): Corridor {
  const lo = new Int32Array(n + 1).fill(m)
  const hi = new Int32Array(n + 1).fill(0)
  const points = [[0, 0], ...cuts, [n, m]] as [number, number][]
  for (let p = 1; p < points.length; p++) {
    const [i0, j0] = points[p - 1]
    const [i1, j1] = points[p]
    for (let i = i0; i <= i1; i++) {
      lo[i] = Math.min(lo[i], j0)
      hi[i] = Math.max(hi[i], j1)
    }
  }
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, lo[i] - margin)
    hi[i] = Math.min(m, hi[i] + margin)
  }
  return { lo, hi }
}

/** The same corridor, `extra` wider on both sides. */
export function widen(c: Corridor, m: number, extra: number): Corridor {
  return {
    lo: c.lo.map((v) => Math.max(0, v - extra)),
    hi: c.hi.map((v) => Math.min(m, v + extra))
  }
}

export function searchLattice(
  n: number,
  m: number,
  shapes: readonly BeadShape[],
  corridor: Corridor,
  cost: BeadCost,
  /**
   * Cost the posteriors are taken over, when they are wanted: evidence that counts correlated
   * observations one by one (the characters of one word) can be weighed less here than for finding
   * the best path. Called right after `cost` for the same bead, so it may reuse that computation.
   */
  confidenceCost: BeadCost | null = cost
): LatticeResult {
  const posteriors = confidenceCost !== null
  const { lo, hi } = corridor
  const K = shapes.length
  const rowStart = new Int32Array(n + 2)
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i] + Math.max(0, hi[i] - lo[i] + 1)
  const cells = rowStart[n + 1]
  const at = (i: number, j: number): number => (j < lo[i] || j > hi[i] ? -1 : rowStart[i] + j - lo[i])
  const fwd = new Float64Array(cells).fill(-Infinity)
  const best = new Float64Array(cells).fill(Infinity)
  const back = new Int8Array(cells).fill(-1)
  const costs = new Float64Array(cells * K).fill(Infinity)
  const start = at(0, 0)
  if (start < 0 || at(n, m) < 0) return { beads: [], touchesEdge: true }
  fwd[start] = 0
  best[start] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const here = rowStart[i] + j - lo[i]
      if (here === start) continue
      let f = -Infinity
      let bv = Infinity
      let bk = -1
      for (let k = 0; k < K; k++) {
        const { de, dz } = shapes[k]
        if (i < de || j < dz) continue
        const p = at(i - de, j - dz)
        if (p < 0 || best[p] === Infinity) continue
        const c = cost(i, j, k)
        if (c === Infinity) continue
        if (posteriors) {
          const q = confidenceCost(i, j, k)
          costs[here * K + k] = q
          f = logAdd(f, fwd[p] - q)
        } else costs[here * K + k] = c
        if (best[p] + c < bv) {
          bv = best[p] + c
          bk = k
        }
      }
      fwd[here] = f
      best[here] = bv
      back[here] = bk
    }
  }
  const end = at(n, m)
  if (best[end] === Infinity) return { beads: [], touchesEdge: true }
  const bwd = new Float64Array(cells).fill(-Infinity)
  bwd[end] = 0
  for (let i = n; i >= 0 && posteriors; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      const here = rowStart[i] + j - lo[i]
      if (bwd[here] === -Infinity) continue
      for (let k = 0; k < K; k++) {
        const c = costs[here * K + k]
        if (c === Infinity) continue
        const p = at(i - shapes[k].de, j - shapes[k].dz)
        bwd[p] = logAdd(bwd[p], bwd[here] - c)
      }
    }
  }
  const total = fwd[end]
  const beads: LatticeBead[] = []
  let touchesEdge = false
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const here = at(i, j)
    if ((j === lo[i] && j > 0) || (j === hi[i] && j < m)) touchesEdge = true
    const k = back[here]
    const { de, dz } = shapes[k]
    const p = at(i - de, j - dz)
    const c = costs[here * K + k]
    const posterior = posteriors ? Math.min(1, Math.exp(fwd[p] - c + bwd[here] - total)) : NaN
    beads.push({ i: i - de, j: j - dz, shape: k, posterior })
    i -= de
    j -= dz
  }
  beads.reverse()
  return { beads, touchesEdge }
}
