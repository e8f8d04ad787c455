/**
 * The file-wide `inconsistent` check: a source term rendered with different usable equivalents across units
 * (政府工作报告 in most units, 政府报告 in two). The first pass tallies, per concept, which units used which
 * equivalent (a few integers per occurrence, whatever the file's size); the rendering used by the most units
 * is the file's norm (on a tie the better status, then the first seen); units that used another one and not
 * the norm are flagged in a second pass over the file.
 */
import { statusRank } from '../../shared/vocabulary'

interface Tally {
  /** Units (ordinals) by equivalent (term id), in order of first use. */
  units: Map<number, number[]>
  status: Map<number, string>
}

export interface Deviation {
  conceptId: number
  /** The file's usual rendering and the one this unit used. */
  expectedTermId: number
}

export class RenderingTally {
  private readonly concepts = new Map<number, Tally>()

  /** Unit `ordinal` rendered the concept with these equivalents (each given once). */
  record(ordinal: number, conceptId: number, used: readonly { termId: number; status: string }[]): void {
    let tally = this.concepts.get(conceptId)
    if (!tally) {
      tally = { units: new Map(), status: new Map() }
      this.concepts.set(conceptId, tally)
    }
    for (const u of used) {
      const list = tally.units.get(u.termId)
      if (list) {
        if (list[list.length - 1] !== ordinal) list.push(ordinal)
      } else {
        tally.units.set(u.termId, [ordinal])
        tally.status.set(u.termId, u.status)
      }
    }
  }

  /** The units that deviate from their concept's norm, with what the norm is. Empty: nothing to flag. */
  deviations(): Map<number, Deviation[]> {
    const out = new Map<number, Deviation[]>()
    for (const [conceptId, tally] of this.concepts) {
      if (tally.units.size < 2) continue
      let norm = -1
      let best: number[] = []
      for (const [termId, units] of tally.units) {
        const better =
          units.length > best.length ||
          (units.length === best.length &&
            statusRank(tally.status.get(termId) ?? '') < statusRank(tally.status.get(norm) ?? ''))
        if (better) {
          norm = termId
          best = units
        }
      }
      const usesNorm = new Set(best)
      for (const [termId, units] of tally.units) {
        if (termId === norm) continue
        for (const ordinal of units) {
          if (usesNorm.has(ordinal)) continue
          const list = out.get(ordinal) ?? []
          if (!list.some((d) => d.conceptId === conceptId)) list.push({ conceptId, expectedTermId: norm })
          out.set(ordinal, list)
        }
      }
    }
    return out
  }
}
