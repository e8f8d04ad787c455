/**
 * General-Chinese word frequencies, passed in by the caller (core cannot read files). The shipped table is
 * resources/mining/zh-word-freq.tsv (jieba's dictionary counts, MIT): `word<TAB>count<TAB>tag` with a
 * `#total<TAB>N` line; see resources/mining/README.md.
 */
export interface ChineseReference {
  /** Sum of the counts of the whole source dictionary (words per million are counts / total · 1e6). */
  total: number
  /** Word → index into counts / tags. */
  index: Map<string, number>
  counts: Int32Array
  /** jieba part-of-speech tag per word ('' when the table has none). */
  tags: string[]
}

/** Parses the TSV text of the reference table. Malformed lines are skipped, never fatal. */
export function parseChineseReferenceTsv(text: string): ChineseReference {
  const index = new Map<string, number>()
  const counts: number[] = []
  const tags: string[] = []
  let total = 0
  for (const line of text.split('\n')) {
    if (!line) continue
    const cols = line.split('\t')
    if (cols[0] === '#total') {
      total = Number(cols[1]) || 0
      continue
    }
    if (line.startsWith('#') || cols.length < 2 || !cols[0]) continue
    const count = Number(cols[1])
    if (!Number.isFinite(count) || count <= 0 || index.has(cols[0])) continue
    index.set(cols[0], counts.length)
    counts.push(count)
    tags.push((cols[2] ?? '').trim())
  }
  if (!total) for (const c of counts) total += c
  return { total, index, counts: Int32Array.from(counts), tags }
}

/** Builds a table from plain counts (tests, and callers with lists of their own). */
export function chineseReferenceFromCounts(
  counts: Record<string, number>,
  tags: Record<string, string> = {},
  total?: number
): ChineseReference {
  const lines = Object.entries(counts).map(([w, c]) => `${w}\t${c}\t${tags[w] ?? ''}`)
  if (total) lines.unshift(`#total\t${total}`)
  return parseChineseReferenceTsv(lines.join('\n'))
}

/** A word's count in the reference, 0 when absent. */
export function referenceCount(ref: ChineseReference | null | undefined, word: string): number {
  if (!ref) return 0
  const i = ref.index.get(word)
  return i === undefined ? 0 : ref.counts[i]
}

/** A word's part-of-speech tag in the reference, '' when absent. */
export function referenceTag(ref: ChineseReference | null | undefined, word: string): string {
  if (!ref) return ''
  const i = ref.index.get(word)
  return i === undefined ? '' : ref.tags[i]
}
