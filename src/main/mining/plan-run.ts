import { createHash, randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'

import type { Db } from '../db/open-database'
import { getSetting, setSetting } from '../workspace/settings-repo'
import type { FinishPlan } from './finish-run'
import { minerDigest } from './miner-digest'
import { readStatsSnapshotHeader, type StatsSnapshotHeader, statsSnapshotPath } from './stats-snapshot'

/** The workspace's half of the pair: the token of the snapshot last saved for it. */
export const SNAPSHOT_TOKEN_KEY = 'mining.stats_token'

export interface RunPlan extends FinishPlan {
  mode: 'full' | 'incremental'
  /** Mine the live English documents with a higher id (0: all). */
  afterId: number
  /** Why a full run, when one was not the first. */
  notes: string[]
  /** The token to record once the new snapshot is on disk. */
  token: string
}

function digestOf(docs: { id: number; hash: string }[]): string {
  const sha = createHash('sha1')
  for (const d of docs) sha.update(`${d.id}:${d.hash}\n`)
  return sha.digest('hex')
}

/**
 * Decides between an incremental and a full run. Incremental when this workspace's snapshot (token match)
 * was made by this miner over documents that are all still there unchanged, and every document since
 * has a higher id: then merging the new documents' stats after the snapshot equals mining everything.
 */
export function planRun(db: Db, forceFull = false): RunPlan {
  const file = db.memory || !db.name ? null : statsSnapshotPath(db.name)
  const docs = db
    .prepare(`SELECT id, hash FROM documents WHERE deleted_at IS NULL AND language = 'en' ORDER BY id`)
    .all() as { id: number; hash: string }[]
  const token = randomUUID()
  const digest = minerDigest()
  const header: StatsSnapshotHeader = {
    token,
    maxDocId: docs.length ? docs[docs.length - 1].id : 0,
    documents: docs.length,
    documentsDigest: digestOf(docs),
    minerDigest: digest
  }
  const save = file ? { file, header } : undefined
  const full = (note?: string): RunPlan => ({ mode: 'full', afterId: 0, notes: note ? [note] : [], token, save })
  if (!file) return full()
  if (forceFull) return full('A full run was asked for.')
  const h = readStatsSnapshotHeader(file)
  if (!h) {
    return full(
      existsSync(file)
        ? 'The saved statistics of the last run were unreadable: the whole corpus was mined.'
        : 'First run in this workspace: the whole corpus was mined.'
    )
  }
  if (h.token !== getSetting(db, SNAPSHOT_TOKEN_KEY)) {
    return full(
      'The saved statistics belong to another workspace or an earlier state of this one ' +
        '(a restored backup?): the whole corpus was mined.'
    )
  }
  if (h.minerDigest !== digest) {
    return full('The miner or its reference list changed since the last run: the whole corpus was mined.')
  }
  const covered = docs.filter((d) => d.id <= h.maxDocId)
  if (covered.length !== h.documents || digestOf(covered) !== h.documentsDigest) {
    return full('A document mined before was deleted, changed or restored: the whole corpus was mined.')
  }
  return { mode: 'incremental', afterId: h.maxDocId, notes: [], token, base: file, save }
}

/** Records that the snapshot just written belongs to this workspace. */
export function recordSnapshot(db: Db, plan: RunPlan): void {
  setSetting(db, SNAPSHOT_TOKEN_KEY, plan.token)
}
