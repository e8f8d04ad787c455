import type { Statement } from 'better-sqlite3'

import type { Db } from './open-database'

// Preparing a statement costs far more than running it; repositories are plain functions taking
// a db, so the prepared statements are kept per connection here. A WeakMap lets a closed,
// dropped connection take its statements with it.
const cache = new WeakMap<Db, Map<string, Statement>>()

/** A prepared statement for `sql` on `db`, prepared once per connection. */
export function stmt(db: Db, sql: string): Statement {
  let byDb = cache.get(db)
  if (!byDb) {
    byDb = new Map()
    cache.set(db, byDb)
  }
  let s = byDb.get(sql)
  if (!s) {
    s = db.prepare(sql)
    byDb.set(sql, s)
  }
  return s
}
