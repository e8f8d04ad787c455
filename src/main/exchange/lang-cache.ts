/**
 * Language tags for the main side of exchange: the core's canonicalLang/primaryLang are memoised per
 * distinct tag already (an import or export calls them millions of times with a handful of tags), so
 * these are plain aliases kept for the modules that import them from here.
 */
import { canonicalLang, primaryLang } from '../../core/exchange'

export const canonicalTag = canonicalLang
export const primaryTag = primaryLang

/**
 * Runs `fn` with a large page cache on the connection (restored after): a 100,000-concept import
 * touches far more index pages than SQLite's default 2 MiB cache holds, and then spills and re-reads
 * them on every insert. Temporary storage goes to memory too: every INSERT that fires triggers or
 * checks foreign keys keeps a statement journal, which SQLite otherwise writes to a temp file page by
 * page — strace of a 100,000-concept import showed 360,000 pwrite calls, most of them that journal.
 */
export async function withBigCache<T>(
  db: { pragma(s: string, o?: { simple: boolean }): unknown },
  fn: () => Promise<T>
): Promise<T> {
  const previous = db.pragma('cache_size', { simple: true })
  const temp = db.pragma('temp_store', { simple: true })
  db.pragma('cache_size = -262144')
  db.pragma('temp_store = MEMORY')
  try {
    return await fn()
  } finally {
    db.pragma(`cache_size = ${Number(previous)}`)
    db.pragma(`temp_store = ${Number(temp)}`)
  }
}
