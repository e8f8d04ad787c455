/**
 * Multi-row INSERT: rows are buffered and written `ROWS` at a time with one statement
 * (`VALUES (…), (…), …`). Measured on a 100,000-unit TMX import: per-statement overhead (binding,
 * stepping, resetting, crossing into native code, and a statement journal for every statement that
 * fires triggers or checks foreign keys) was most of the insert cost; 64-row statements cut it by
 * about 2.5× (terms, whose sort-key triggers fire per row: 2×). Must run inside the caller's
 * transaction, which also makes the ids of the rows consecutive: the first id of a flush is its last id
 * minus its row count plus one.
 *
 * `manual` buffers never flush by themselves: the concept importer writes three tables whose rows
 * reference each other (terms → concepts) and flushes them together, parents first.
 */
import type { Statement } from 'better-sqlite3'

import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

const ROWS = 64

export class BatchInsert {
  private readonly full: Statement
  private readonly head: string
  private readonly tuple: string
  private readonly width: number
  private pending: unknown[] = []
  /** First and last id written so far (flushed rows only). */
  range: [number, number] | null = null

  /** `head` is `INSERT INTO t (a, b, …) VALUES`, `tuple` one row's `(?, ?, …)` (constants allowed). */
  constructor(
    private readonly db: Db,
    head: string,
    tuple: string,
    private readonly manual = false
  ) {
    this.head = head
    this.tuple = tuple
    this.width = (tuple.match(/\?/g) ?? []).length
    this.full = this.statement(ROWS)
  }

  /** Rows buffered and not yet written. */
  get size(): number {
    return this.pending.length / this.width
  }

  add(...values: unknown[]): void {
    for (const v of values) this.pending.push(v)
    if (!this.manual && this.pending.length >= ROWS * this.width) this.flush()
  }

  /** Writes what is buffered; call before reading the table back and before the transaction ends. */
  flush(): void {
    const rows = this.pending.length / this.width
    if (rows === 0) return
    const per = ROWS * this.width
    let last = 0
    for (let at = 0; at < this.pending.length; at += per) {
      const n = Math.min(ROWS, (this.pending.length - at) / this.width)
      const s = n === ROWS ? this.full : this.statement(n)
      const values = at === 0 && rows <= ROWS ? this.pending : this.pending.slice(at, at + n * this.width)
      last = Number(s.run(values).lastInsertRowid)
    }
    this.pending = []
    this.range = [this.range ? this.range[0] : last - rows + 1, last]
  }

  private statement(rows: number): Statement {
    return stmt(this.db, `${this.head} ${Array(rows).fill(this.tuple).join(', ')}`)
  }
}
