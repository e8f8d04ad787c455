/**
 * Frequent Chinese n-grams of a set of units, counted once per unit: the candidate renderings of a
 * term before word boundaries and alignment judge them (suggest-equivalents.ts).
 */

// Runs an equivalent can lie in: Han characters with Latin letters and digits (5G网络, 2025年).
export const RUN = /[\p{Script=Han}A-Za-z0-9]+/gu

/**
 * Distinct-unit counts of the n-grams that occur in at least minFreq units, level by level (Apriori):
 * an n-gram can only be that frequent if both its one-shorter edges are, so each level extends only
 * the positions where two frequent n-grams overlap. N-grams are numbered (prefix id × 65536 + next
 * UTF-16 unit) instead of being built as strings: only the frequent ones ever become strings, which
 * keeps 3,000 units well under the time budget. Lengths count UTF-16 units (a rare supplementary-plane
 * character counts as two).
 */
export function countFrequentNgrams(
  units: readonly { id: number; zh: string }[],
  minLength: number,
  maxLength: number,
  minFreq: number,
  maxEvidence: number
): { freq: Map<string, number>; evidence: Map<string, number[]> } {
  const runs: { unit: number; text: string }[] = []
  units.forEach((u, k) => {
    for (const m of u.zh.matchAll(RUN)) runs.push({ unit: k, text: m[0] })
  })
  const freq = new Map<string, number>()
  const evidence = new Map<string, number[]>()
  // ids[r][i]: number of the current-length n-gram starting at i in run r, -1 when not frequent.
  let ids: Int32Array[] = runs.map((r) => Int32Array.from(r.text, (_, i) => r.text.charCodeAt(i)))
  for (let len = 1; len <= maxLength; len++) {
    const intern = new Map<number, number>()
    const count: number[] = []
    const last: number[] = []
    const where: number[] = [] // run * 2^20 + position of a first occurrence, to spell it later
    const unitIds: number[][] = []
    const next: Int32Array[] = []
    for (let r = 0; r < runs.length; r++) {
      const { unit, text } = runs[r]
      const prev = ids[r]
      const row = new Int32Array(Math.max(0, text.length - len + 1)).fill(-1)
      for (let i = 0; i < row.length; i++) {
        let key: number
        if (len === 1) key = prev[i]
        else {
          if (prev[i] < 0 || prev[i + 1] < 0) continue
          key = prev[i] * 65536 + text.charCodeAt(i + len - 1)
        }
        let id = intern.get(key)
        if (id === undefined) {
          id = count.length
          intern.set(key, id)
          count.push(0)
          last.push(-1)
          where.push(r * 2 ** 20 + i)
          unitIds.push([])
        }
        row[i] = id
        if (last[id] !== unit) {
          last[id] = unit
          count[id]++
          if (unitIds[id].length < maxEvidence) unitIds[id].push(units[unit].id)
        }
      }
      next.push(row)
    }
    let any = false
    for (const row of next) {
      for (let i = 0; i < row.length; i++) {
        if (row[i] >= 0 && count[row[i]] < minFreq) row[i] = -1
        else if (row[i] >= 0) any = true
      }
    }
    if (len >= minLength) {
      for (let id = 0; id < count.length; id++) {
        if (count[id] < minFreq) continue
        const r = Math.floor(where[id] / 2 ** 20)
        const i = where[id] % 2 ** 20
        const g = runs[r].text.slice(i, i + len)
        freq.set(g, count[id])
        evidence.set(g, unitIds[id])
      }
    }
    ids = next
    if (!any) break
  }
  return { freq, evidence }
}
