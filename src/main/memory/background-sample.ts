/**
 * How common a Chinese n-gram is in the whole memory, for equivalent suggestion's association scores,
 * estimated from an even sample of the memory's English–Chinese units instead of counting over a
 * million texts: Dice and log-likelihood only need "about how many units", and a few thousand units
 * tell a rendering specific to the term (新质生产力) from a phrase found everywhere (安排资金).
 * The sample is read once per state of the workspace and kept; a small memory is its own sample, so
 * counts are exact there.
 */
import type { SuggestBackground, SuggestUnit } from '../../core/memory'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

/** Units in the sample (spread evenly over the id range). */
export const BACKGROUND_SAMPLE = 3000
/** Consecutive ids per run of the sample. */
const SAMPLE_RUN = 25

const PAIR = `((source_lang LIKE 'en%' AND target_lang LIKE 'zh%') OR (source_lang LIKE 'zh%' AND target_lang LIKE 'en%'))`

interface Sample {
  key: string
  /** English–Chinese units of the memory, not deleted. */
  total: number
  /** Chinese sides of the sample joined by '\n' (n-grams never hold a line break). */
  text: string
  /** Start offset of each sampled unit in `text`, ascending. */
  starts: number[]
  /**
   * The sampled units themselves, both sides: what suggestion learns the rest of each sentence from.
   * The same array while the workspace is unchanged (the core caches its stems by identity).
   */
  units: SuggestUnit[]
}

const samples = new WeakMap<Db, Sample>()

function readSample(db: Db): Sample {
  const version = db.pragma('data_version', { simple: true }) as number
  const changes = stmt(db, 'SELECT total_changes()').pluck().get() as number
  const key = `${version}:${changes}`
  const cached = samples.get(db)
  if (cached?.key === key) return cached
  const zhSide = `CASE WHEN source_lang LIKE 'zh%' THEN source_text ELSE target_text END`
  const enSide = `CASE WHEN source_lang LIKE 'zh%' THEN target_text ELSE source_text END`
  const columns = `id, ${enSide} AS en, ${zhSide} AS zh`
  // Two b-tree ends, not a count(*) (which reads every row of a million-unit table). Two statements:
  // SQLite answers a lone min() or max() from the end of the b-tree, but min() and max() together
  // by a full scan (measured: 108 ms at 1,000,000 units).
  const range = {
    lo: stmt(db, 'SELECT min(id) FROM translation_units').pluck().get() as number | null,
    hi: stmt(db, 'SELECT max(id) FROM translation_units').pluck().get() as number | null
  }
  const span = range.lo === null || range.hi === null ? 0 : range.hi - range.lo + 1
  let units: SuggestUnit[]
  let total: number
  if (span <= BACKGROUND_SAMPLE) {
    units = stmt(
      db,
      `SELECT ${columns} FROM translation_units WHERE deleted_at IS NULL AND ${PAIR}`
    ).all() as SuggestUnit[]
    total = units.length
  } else {
    // Evenly spaced runs of consecutive ids (deterministic): a run shares its table pages, so a cold
    // workspace reads ~100 pages instead of 3,000. Gaps from deleted or other-language units only
    // shrink the sample, and the share of ids that are live English–Chinese units estimates the total.
    const runs = BACKGROUND_SAMPLE / SAMPLE_RUN
    // One range seek per run (a b-tree walk, then neighbouring rows), not one lookup per id.
    const run = stmt(
      db,
      `SELECT ${columns} FROM translation_units WHERE id >= ? AND id < ? AND deleted_at IS NULL AND ${PAIR}`
    )
    units = []
    for (let r = 0; r < runs; r++) {
      const first = range.lo! + Math.floor((r * span) / runs)
      for (const u of run.all(first, first + SAMPLE_RUN) as SuggestUnit[]) units.push(u)
    }
    total = Math.round((units.length * span) / BACKGROUND_SAMPLE)
  }
  const starts: number[] = []
  let at = 0
  for (const u of units) {
    starts.push(at)
    at += u.zh.length + 1
  }
  const sample = { key, total, text: units.map((u) => u.zh.replace(/\n/g, ' ')).join('\n'), starts, units }
  samples.set(db, sample)
  return sample
}

/**
 * For each n-gram, the units of the sample whose Chinese side contains it, each counted once. One pass
 * over the sample through a trie of the wanted n-grams (keyed by UTF-16 code unit): from every
 * position, walk only while the text so far is a prefix of some wanted n-gram, so most positions stop
 * after a character or two, and no substring is ever built.
 */
function countInSample(sample: Sample, ngrams: string[]): number[] {
  // Trie as flat maps: child of (node, code unit) at key node * 65536 + code; nodes number from 1.
  const child = new Map<number, number>()
  const ends: number[] = [-1, -1] // node -> index of the n-gram ending there, or -1
  let nodes = 1
  ngrams.forEach((g, gi) => {
    let node = 1
    for (let i = 0; i < g.length; i++) {
      const key = node * 65536 + g.charCodeAt(i)
      let next = child.get(key)
      if (next === undefined) {
        next = ++nodes
        child.set(key, next)
        ends.push(-1)
      }
      node = next
    }
    if (g.length > 0) ends[node] = gi
  })
  const counts = new Array<number>(ngrams.length).fill(0)
  const lastUnit = new Int32Array(ngrams.length).fill(-1)
  const { text, starts } = sample
  for (let u = 0; u < starts.length; u++) {
    const end = u + 1 < starts.length ? starts[u + 1] - 1 : text.length
    for (let i = starts[u]; i < end; i++) {
      let node = 1
      for (let j = i; j < end; j++) {
        const next = child.get(node * 65536 + text.charCodeAt(j))
        if (next === undefined) break
        node = next
        const g = ends[node]
        if (g >= 0 && lastUnit[g] !== u) {
          lastUnit[g] = u
          counts[g]++
        }
      }
    }
  }
  return counts
}

/** The memory-wide background for suggestEquivalents, scaled up from the sample. */
export function memoryBackground(db: Db): SuggestBackground & { sample: readonly SuggestUnit[] } {
  const sample = readSample(db)
  const size = sample.starts.length
  const scale = size > 0 ? sample.total / size : 0
  return {
    totalUnits: sample.total,
    countUnits: (ngrams) => countInSample(sample, ngrams).map((c) => Math.round(c * scale)),
    sample: sample.units
  }
}
