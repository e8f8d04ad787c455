import type { MiningSummary } from '../../../../shared/models'

/**
 * Mined, and there was nothing to mine in either language: the screen says where documents come from
 * instead of showing an empty table (a first user mined an empty workspace and saw only a blank list).
 */
export function minedEmptyCorpus(summary: MiningSummary | null | undefined, listed: number | null): boolean {
  return listed === 0 && summary?.documents === 0 && !summary.chinese?.documents && !summary.documentsSkipped
}
