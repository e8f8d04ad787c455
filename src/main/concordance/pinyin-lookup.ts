/**
 * Pinyin lookup (issue #5): a Latin query such as "xinzhi shengchanli" → the Chinese strings of the
 * workspace that read that way (新质生产力), which the concordance then searches as one result.
 * The distinct Han bigrams of the index are read from fts5vocab once per database and index
 * version (a range read over the CJK block, English words untouched) and filed under their
 * syllable pairs (core/concordance/pinyin-vocab.ts); a query only chains bigrams in memory and
 * checks its best chains of 3+ characters against the index.
 * Resolution ignores the document/date filters: it says what the corpus spells that way, the
 * search that follows applies the filters.
 */
import { hanQueryTokens } from '../../core/concordance/bigrams'
import { formatSyllables, parsePinyin } from '../../core/concordance/pinyin-query'
import { pinyinCandidates, PinyinVocab, type VocabEntry } from '../../core/concordance/pinyin-vocab'
import { quoteFts } from '../../core/concordance/to-fts'
import type { ConcordanceRequest, PinyinResolution } from '../../shared/api/concordance'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'
import type { SourceKind } from './candidates'
import { indexGeneration } from './index-segments'

/** Chinese strings a pinyin query resolves to (the most frequent ones are searched). */
export const PINYIN_STRINGS = 20
/** Candidate chains checked against the index per query, best estimates first. */
const CHECK_AT_MOST = 60
/** Rows counted per checked string: enough to rank, bounded for very frequent strings. */
export const COUNT_CAP = 10_000

interface VocabCache {
  key: string
  vocabs: Map<SourceKind, PinyinVocab>
}

const caches = new WeakMap<Db, VocabCache>()

/** Index version: this process's index writes (generation) and other connections' commits. */
function versionKey(db: Db): string {
  return `${indexGeneration(db)}:${db.pragma('data_version', { simple: true }) as number}`
}

/** The bigram vocabulary of one FTS table, filed by syllables; rebuilt when the index changed. */
export function pinyinVocab(db: Db, kind: SourceKind): PinyinVocab {
  const key = versionKey(db)
  let cache = caches.get(db)
  if (!cache || cache.key !== key) caches.set(db, (cache = { key, vocabs: new Map() }))
  let vocab = cache.vocabs.get(kind)
  if (!vocab) {
    const table = kind === 'seg' ? 'seg_fts_vocab' : 'tu_fts_vocab'
    // fts5vocab answers a range on `term` from the index b-tree: only Han tokens are read.
    const rows = stmt(db, `SELECT term, cnt AS count FROM ${table} WHERE term >= ? AND term < ?`).iterate(
      '\u4e00',
      '\ua000'
    ) as IterableIterator<VocabEntry>
    vocab = new PinyinVocab(rows)
    cache.vocabs.set(kind, vocab)
  }
  return vocab
}

/** Forgets the cached vocabularies (benchmarks: measure a cold first query). */
export function clearPinyinCache(db: Db): void {
  caches.delete(db)
}

/**
 * The Chinese strings `req.query` spells, most frequent first (at most PINYIN_STRINGS). Throws
 * QueryError 'not-pinyin' when the query is not pinyin; an empty list when nothing reads that way.
 */
export function resolvePinyin(db: Db, req: ConcordanceRequest): PinyinResolution {
  const seqs = parsePinyin(req.query)
  const scope = req.scope ?? 'corpus'
  const kinds: SourceKind[] = scope === 'corpus' ? ['seg'] : scope === 'memory' ? ['tu'] : ['seg', 'tu']
  const merged = new Map<string, number>()
  for (const kind of kinds) {
    for (const c of pinyinCandidates(pinyinVocab(db, kind), seqs, CHECK_AT_MOST)) {
      merged.set(c.text, (merged.get(c.text) ?? 0) + c.estimate)
    }
  }
  const ranked = [...merged].sort((a, b) => b[1] - a[1])
  const strings: PinyinResolution['strings'] = []
  for (const [text, estimate] of ranked) {
    // One or two characters: the vocabulary count is exact. Longer: a chain of bigrams may not
    // occur as a whole; count the rows holding it (capped), and drop it when there are none.
    const count = [...text].length <= 2 ? estimate : rowsHolding(db, kinds, text)
    if (count > 0) strings.push({ text, count })
  }
  // Ties in a stable, reproducible order (code points), not the vocabulary's.
  strings.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
  return { syllables: formatSyllables(seqs[0]), strings: strings.slice(0, PINYIN_STRINGS) }
}

function rowsHolding(db: Db, kinds: SourceKind[], text: string): number {
  const { tokens } = hanQueryTokens(text, false)
  const phrase = tokens.map(quoteFts).join(' + ')
  let n = 0
  for (const kind of kinds) {
    const table = kind === 'seg' ? 'seg_fts' : 'tu_fts'
    const sql = `SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT ${COUNT_CAP})`
    n += stmt(db, sql).pluck().get(phrase) as number
  }
  return Math.min(n, COUNT_CAP)
}
