import pg from 'pg'

export type Pool = pg.Pool
export type Client = pg.PoolClient

// bigint (int8) columns arrive as strings by default; sequence numbers and ids stay far below 2^53.
const INT8 = 20
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as never
}

export interface PoolOptions {
  /** Connections per server instance. */
  max?: number
}

/** A connection pool to the team database; `application_name` shows Shuyu in pg_stat_activity. */
export function createPool(url: string, opts: PoolOptions = {}): Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    application_name: 'shuyu-team',
    // Under load requests queue for a connection rather than fail at once.
    connectionTimeoutMillis: 60_000,
    types
  })
  // An idle connection dropped by the database (restart, failover) must not crash the process.
  pool.on('error', () => {})
  return pool
}

/** Runs `work` in one transaction on one connection; rolls back on any error. */
export async function inTransaction<T>(pool: Pool, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/**
 * Every writer of the log takes this lock (held to COMMIT) just before it takes sequence numbers, after all its
 * other work: numbers are then taken and committed in the same order, so a pull that has seen number n has seen
 * every number below it. Held for the writes only, so pushes of different concepts otherwise run in parallel.
 */
export async function lockWriters(client: Client): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(7413502201)')
}

/**
 * Locks the given concepts for this transaction (held to COMMIT), in one order for everyone so two pushes never
 * deadlock: a concept's revisions are read and written by one transaction at a time. Advisory locks, so a
 * concept that does not exist yet is locked too (two retries of one new concept's change).
 */
export async function lockConcepts(client: Client, uids: string[]): Promise<void> {
  const sorted = [...new Set(uids)].sort()
  if (sorted.length === 0) return
  await client.query(
    `SELECT count(pg_advisory_xact_lock(7413, hashtext(u))) FROM (SELECT u FROM unnest($1::text[]) AS u ORDER BY u) s`,
    [sorted]
  )
}
