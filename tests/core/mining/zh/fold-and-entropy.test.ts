import { describe, expect, it } from 'vitest'

import { foldForMining } from '../../../../src/core/mining/zh/fold'
import {
  addNeighbours,
  EDGE,
  emptyChineseStats,
  neighbourCode,
  R_BLOCK,
  R_FREQ,
  sideEntropy
} from '../../../../src/core/mining/zh/stats'

describe('foldForMining', () => {
  it('folds traditional to simplified, full-width letters and digits to ASCII, capitals to lower case', () => {
    for (const [from, to] of [
      ['新質生產力', '新质生产力'],
      // Punctuation stays as written (it never enters a candidate).
      ['ＧＤＰ增長５％，ＡＩ', 'gdp增长5％，ai'],
      ['碳達峰　碳中和', '碳达峰　碳中和'],
      ['𠀀字和English', '𠀀字和english']
    ]) {
      expect(foldForMining(from)).toBe(to)
      expect(foldForMining(from).length).toBe(from.length)
    }
  })

  it('returns the same string when nothing folds', () => {
    const s = '新质生产力是推动高质量发展的内在要求'
    expect(foldForMining(s)).toBe(s)
  })
})

describe('branching entropy from the neighbour sketch', () => {
  function entropyOf(left: number[]): number {
    const s = emptyChineseStats()
    s.size = 1
    s.rec[R_BLOCK] = -1
    for (const n of left) {
      s.rec[R_FREQ]++
      addNeighbours(s, 0, n === EDGE ? EDGE : neighbourCode(n), EDGE)
    }
    return sideEntropy(s, 0, 0)
  }

  it('is 0 when one word always comes before', () => {
    expect(entropyOf([7, 7, 7, 7, 7])).toBe(0)
  })

  it('grows with the number of different neighbours, up to ln n for n equally frequent ones', () => {
    const two = entropyOf([1, 2, 1, 2])
    // Six words whose codes differ (the sketch is exact then).
    const words = [...Array(200).keys()].filter(
      (w, k, all) => all.findIndex((x) => neighbourCode(x) === neighbourCode(w)) === k
    )
    const many = entropyOf(words.slice(0, 6))
    expect(many).toBeCloseTo(Math.log(6))
    expect(two).toBeGreaterThan(0.5)
    expect(many).toBeGreaterThan(two)
    expect(many).toBeLessThanOrEqual(Math.log(6) + 1e-9)
  })

  it('counts every clause boundary as a neighbour of its own', () => {
    expect(entropyOf([EDGE, EDGE, EDGE, EDGE])).toBeCloseTo(Math.log(4))
  })
})
