import Database from 'better-sqlite3'

export type Db = Database.Database

export interface OpenDatabaseOptions {
  /**
   * Path to a better-sqlite3 `.node` build. The Electron app passes an Electron-ABI build here while
   * tests and the CLI use the default Node-ABI build, so both can live side by side.
   */
  nativeBinding?: string
  readonly?: boolean
}

/**
 * The only place in the app that constructs a better-sqlite3 connection, so every connection gets
 * the same pragmas: WAL (readers never block the writer, crash-safe), foreign keys enforced
 * (SQLite leaves them off by default), NORMAL sync (safe with WAL, much faster than FULL) and a
 * busy timeout so the CLI and the app can share a workspace without instant SQLITE_BUSY errors.
 */
export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): Db {
  const readonly = opts.readonly ?? false
  const db = new Database(file, {
    readonly,
    fileMustExist: readonly,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {})
  })
  try {
    db.pragma('busy_timeout = 5000')
    db.pragma('foreign_keys = ON')
    // A 64 MB page cache and memory-mapped reads: concordance pages read the text behind many hits.
    db.pragma('cache_size = -65536')
    db.pragma('mmap_size = 268435456')
    // journal_mode needs write access and means nothing for an in-memory database.
    if (!readonly && file !== ':memory:' && file !== '') db.pragma('journal_mode = WAL')
    if (!readonly) db.pragma('synchronous = NORMAL')
  } catch (err) {
    db.close()
    // "file is not a database" surfaces on the first statement, not in the constructor.
    throw new Error(`Cannot open ${file} as a Shuyu workspace: ${(err as Error).message}`, { cause: err })
  }
  return db
}
