/**
 * canonicalLang/primaryLang memoised: an import or export calls them for every term, example and
 * unit (millions of times) with a handful of distinct tags; the profile showed them at ~10 % of an import.
 */
import { canonicalLang, primaryLang } from '../../core/formats'

const canonical = new Map<string, string>()
const primary = new Map<string, string>()

export function canonicalTag(tag: string): string {
  let v = canonical.get(tag)
  if (v === undefined) {
    v = canonicalLang(tag)
    if (canonical.size > 10_000) canonical.clear()
    canonical.set(tag, v)
  }
  return v
}

export function primaryTag(tag: string): string {
  let v = primary.get(tag)
  if (v === undefined) {
    v = primaryLang(tag)
    if (primary.size > 10_000) primary.clear()
    primary.set(tag, v)
  }
  return v
}

/**
 * Runs `fn` with a large page cache on the connection (restored after): a 100,000-concept import
 * touches far more index pages than SQLite's default 2 MiB cache holds, and then spills and re-reads
 * them on every insert.
 */
export async function withBigCache<T>(db: { pragma(s: string, o?: { simple: boolean }): unknown }, fn: () => Promise<T>)
  : Promise<T> {
  const previous = db.pragma('cache_size', { simple: true })
  db.pragma('cache_size = -262144')
  try {
    return await fn()
  } finally {
    db.pragma(`cache_size = ${Number(previous)}`)
  }
}
